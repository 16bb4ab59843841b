package nl.eisenwijzer.api;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The OpenAPI document: metadata, an absolute server URL, one operation per document ({@link DocumentOperations}),
 * the server's checks as schema constraints ({@link ContractRules}), examples ({@link ApiExamples}), the error
 * responses of the NL API Design Rules; and CORS for the document and the catalogue
 * so that browser tools can read them.
 */
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
                // Declared here, required only by the operations that name it (the saved tenders): the engine's
                // own resources store nothing and stay open.
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of your organisation; saved tenders are your organisation's only.")));
    }

    static final String BASE = "/api/v1";

    /**
     * The server as an absolute URL, from the request for the document ({@code http://host:8080/api/v1}): a client
     * generated from a downloaded copy then has a host. Behind a proxy, set {@code server.forward-headers-strategy}
     * so that the URL is the one the client used.
     */
    @Bean
    ServerBaseUrlCustomizer absoluteServer() {
        return (serverBaseUrl, request) -> serverBaseUrl.replaceFirst("/+$", "") + BASE;
    }
    static final String BASIC_AUTH = "basicAuth";

    /**
     * Names the schema of a nested record after its outer class too ({@code PveLine}, {@code GapReportItem},
     * {@code TailoringExclusion}): the models nest small records with the same simple name (an {@code Item} of a
     * PvE line and of a gap report), and under simple names one would silently replace the other.
     */
    @Bean
    ModelResolver nestedSchemaNames() {
        return new ModelResolver(Json31.mapper(), new NestedTypeNames()).openapi31(true);
    }

    private static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            return outer == null ? super.getNameOfClass(type) : getNameOfClass(outer) + super.getNameOfClass(type);
        }
    }

    /**
     * Shapes the generated document to the NL API Design Rules: paths relative to the versioned server URL,
     * the {@code API-Version} header on every response, and the problem+json error responses each operation
     * can give.
     */
    @Bean
    OpenApiCustomizer designRules(Eisenwijzer engine) {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            DocumentOperations.add(openApi);
            new ContractRules(engine.catalog()).apply(openApi);
            ApiExamples.apply(openApi);
            components.addHeaders(ApiVersionFilter.HEADER, new Header()
                    .description("The full version of the API (semantic versioning).")
                    .schema(new StringSchema().example(ApiVersionFilter.VERSION)));
            components.addSchemas("Problem", problemSchema());
            SchemaDescriptions.apply(openApi);
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> {
                String stripped = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
                relative.addPathItem(stripped.isEmpty() ? "/" : stripped, item);
                item.readOperationsMap().forEach((method, operation) -> document(stripped, method, operation));
            });
            openApi.setPaths(relative);
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            responses.putIfAbsent("400", problem("Invalid input: the problem names the field and the allowed values."));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.putIfAbsent("401", problem("No credentials, or wrong ones: send HTTP Basic credentials of a "
                    + "user of your organisation."));
        }
        if (path.contains("{id}")) {
            responses.putIfAbsent("404", problem("Your organisation has nothing with this id (another organisation's "
                    + "is not found either)."));
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            responses.putIfAbsent("412", problem("Someone saved in between: If-Match names an older version. The "
                    + "problem gives currentVersion, updatedBy and updatedAt, and the ETag header the current version; "
                    + "nothing was saved."));
            responses.putIfAbsent("428", problem("If-Match is missing: a change must name the version it was made on."));
        }
        if (hasBody) {
            responses.putIfAbsent("413", problem("The request body is larger than 1 MiB."));
            responses.putIfAbsent("415", problem("The request body is not JSON or YAML."));
        }
        responses.putIfAbsent("406", problem("None of the accepted media types can be produced."));
        responses.putIfAbsent("500", problem("An error on our side; the request can be retried."));
        responses.values().forEach(response -> response.addHeaderObject(ApiVersionFilter.HEADER,
                new Header().$ref("#/components/headers/" + ApiVersionFilter.HEADER)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new io.swagger.v3.oas.models.media.Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").description("The kind of problem, always given: "
                        + ProblemTypes.BASE + "invalid-input, …/tender-changed, or …/http-<status> for a plain HTTP error"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("field", new StringSchema().description("The offending input field, as a dotted path"))
                .addProperty("allowedValues", new ArraySchema().items(new StringSchema()))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("412 on a tender: the version stored now"))
                .addProperty("updatedBy", new StringSchema().description("412 on a tender: who saved the current version"))
                .addProperty("updatedAt", new StringSchema().format("date-time")
                        .description("412 on a tender: when the current version was saved"))
                .required(List.of("type", "title", "status", "detail", "instance"));
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/openapi.json").allowedOrigins("*").allowedMethods("GET", "HEAD", "OPTIONS");
        // The catalogue is public and the same for everyone: a tender tool in the browser may read it from any origin.
        registry.addMapping("/api/v1/catalog/**").allowedOrigins("*").allowedMethods("GET", "HEAD", "OPTIONS")
                .exposedHeaders("ETag", "Cache-Control", ApiVersionFilter.HEADER);
    }
}
