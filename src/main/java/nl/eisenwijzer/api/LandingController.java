package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.report.Json;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1}: what this API is and where its documentation and resources are. */
@RestController
class LandingController {

    private final Eisenwijzer engine;

    LandingController(Eisenwijzer engine) {
        this.engine = engine;
    }

    /** The landing resource. */
    @JsonPropertyOrder({"name", "apiVersion", "catalogVersion", "links"})
    record Landing(String name, String apiVersion, String catalogVersion, Map<String, Link> links) {
    }

    /** A link to a related resource. */
    record Link(String href) {
    }

    @Operation(summary = "Landing resource with links to the documentation and the resources",
            responses = @ApiResponse(responseCode = "200", description = "Links",
                    content = @Content(schema = @Schema(implementation = Landing.class))))
    @GetMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> landing() {
        Map<String, Link> links = new java.util.LinkedHashMap<>();
        links.put("self", new Link("/api/v1"));
        links.put("openapi", new Link("/api/v1/openapi.json"));
        links.put("pve", new Link("/api/v1/pve"));
        links.put("gapReports", new Link("/api/v1/gap-reports"));
        links.put("nationalSecurityAssessments", new Link("/api/v1/national-security-assessments"));
        links.put("catalog", new Link("/api/v1/catalog"));
        links.put("requirements", new Link("/api/v1/catalog/requirements"));
        links.put("productTypes", new Link("/api/v1/catalog/product-types"));
        links.put("frameworks", new Link("/api/v1/catalog/frameworks"));
        links.put("tenders", new Link("/api/v1/tenders"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(new Landing("Eisenwijzer API", ApiVersionFilter.VERSION, engine.catalog().info().version(), links)));
    }
}
