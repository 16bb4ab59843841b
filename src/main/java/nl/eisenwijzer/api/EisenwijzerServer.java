package nl.eisenwijzer.api;

import nl.eisenwijzer.Eisenwijzer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server: the REST API, the web pages, sign-in and saved tenders, thin Spring Boot layers over the
 * engine. Only those packages are component-scanned; the engine core knows nothing of Spring.
 */
@SpringBootApplication(scanBasePackages = {"nl.eisenwijzer.api", "nl.eisenwijzer.web", "nl.eisenwijzer.account",
        "nl.eisenwijzer.tender"})
@ConfigurationPropertiesScan({"nl.eisenwijzer.api", "nl.eisenwijzer.web", "nl.eisenwijzer.account"})
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
