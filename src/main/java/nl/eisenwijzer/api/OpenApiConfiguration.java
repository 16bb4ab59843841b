package nl.eisenwijzer.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The OpenAPI document's metadata, and CORS for the document so that browser tools can read it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration implements WebMvcConfigurer {

    @Bean
    OpenAPI eisenwijzerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Eisenwijzer API")
                        .version(ApiVersionFilter.VERSION)
                        .description("Security requirements for government purchasing: builds a Programma van Eisen "
                                + "(PvE) from a procurement profile with Drools rules, each requirement with its reasons.")
                        .contact(new Contact().name("Eisenwijzer").email("info@eisenwijzer.nl").url("https://eisenwijzer.nl"))
                        .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl")))
                .servers(List.of(new Server().url("http://localhost:8080").description("Local server")));
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/openapi.json").allowedOrigins("*").allowedMethods("GET", "HEAD", "OPTIONS");
    }
}
