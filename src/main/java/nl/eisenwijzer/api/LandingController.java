package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.report.Json;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1}: what this API is and where its documentation and resources are. Also at {@code /api/v1/}:
 * the document's server is {@code …/api/v1} and this resource its path {@code /}, so a generated client asks for
 * the URL with the slash.
 */
@RestController
@Tag(name = "landing", description = "What this API is, and links to its documentation and resources")
class LandingController {

    private final Eisenwijzer engine;

    LandingController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(operationId = "getLanding", summary = "Landing resource with links to the documentation and the resources",
            responses = @ApiResponse(responseCode = "200", description = "Links",
                    content = @Content(schema = @Schema(implementation = Landing.class))))
    @GetMapping(path = {OpenApiConfiguration.BASE, OpenApiConfiguration.BASE + "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> landing() {
        String base = OpenApiConfiguration.BASE;
        String catalog = base + "/catalog";
        Landing.Links links = new Landing.Links(new Link(base), new Link(base + "/openapi.json"), new Link(base + "/pve"),
                new Link(base + "/gap-reports"), new Link(base + "/national-security-assessments"),
                new Link(base + "/tenders"), new Link(catalog), new Link(catalog + "/requirements"),
                new Link(catalog + "/product-types"), new Link(catalog + "/frameworks"), new Link(catalog + "/domains"),
                new Link(catalog + "/evidence-types"), new Link(catalog + "/certificate-types"),
                new Link(catalog + "/report-types"), new Link(catalog + "/document-types"), new Link(catalog + "/measures"),
                new Link(catalog + "/countries"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(new Landing("Eisenwijzer API", ApiVersionFilter.VERSION, engine.catalog().info().version(), links)));
    }
}
