package nl.eisenwijzer.api;

import nl.eisenwijzer.Eisenwijzer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST API: a thin Spring Boot layer over the engine. Only this package is component-scanned; the
 * engine core knows nothing of Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EisenwijzerServer {

    /**
     * Starts the server with an engine that is already loaded, so a broken catalogue or rule file stops
     * the start-up with its own message before Spring starts.
     */
    public static ConfigurableApplicationContext start(Eisenwijzer engine, Integer port, String... args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(EisenwijzerServer.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("eisenwijzer", engine));
        if (port != null) {
            builder.properties("server.port=" + port);
        }
        return builder.run(args);
    }
}
