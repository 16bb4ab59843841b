package nl.eisenwijzer.api;

import nl.eisenwijzer.Eisenwijzer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine as a bean: built once at start-up (catalogue read, rules compiled) and shared by all requests. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /** Used when the server is started without a pre-loaded engine (tests, other launchers). */
    @Bean
    @ConditionalOnMissingBean
    Eisenwijzer eisenwijzer(EngineProperties properties) {
        return Eisenwijzer.load(properties.catalogDir(), properties.rulesDir());
    }
}
