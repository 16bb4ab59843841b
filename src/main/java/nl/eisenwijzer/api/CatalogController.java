package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.CatalogQuery;
import nl.eisenwijzer.catalog.Framework;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.report.CatalogListing;
import nl.eisenwijzer.report.Json;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of the catalogue: requirements (filterable), product types and frameworks. */
@RestController
@RequestMapping(path = "/api/v1/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogController {

    private final Eisenwijzer engine;

    CatalogController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(summary = "Catalogue requirements, each as stored in both languages",
            responses = @ApiResponse(responseCode = "200", description = "The matching requirements",
                    content = @Content(schema = @Schema(implementation = CatalogListing.class))))
    @GetMapping("/requirements")
    ResponseEntity<String> requirements(@RequestParam(required = false) String framework,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String productType) {
        var requirements = new CatalogQuery(blankToNull(framework), blankToNull(domain), blankToNull(productType))
                .apply(engine.catalog());
        return json(CatalogListing.of(engine.catalog(), requirements));
    }

    /** The product types a profile can name. */
    @JsonPropertyOrder({"catalogVersion", "productTypes"})
    record ProductTypes(String catalogVersion, List<ProductType> productTypes) {
    }

    /** The frameworks the catalogue draws from. */
    @JsonPropertyOrder({"catalogVersion", "frameworks"})
    record Frameworks(String catalogVersion, List<Framework> frameworks) {
    }

    @Operation(summary = "The product types (inkooponderdelen) a profile can name",
            responses = @ApiResponse(responseCode = "200", description = "Product types",
                    content = @Content(schema = @Schema(implementation = ProductTypes.class))))
    @GetMapping("/product-types")
    ResponseEntity<String> productTypes() {
        return json(new ProductTypes(engine.catalog().info().version(), engine.catalog().productTypes()));
    }

    @Operation(summary = "The frameworks of the catalogue",
            responses = @ApiResponse(responseCode = "200", description = "Frameworks",
                    content = @Content(schema = @Schema(implementation = Frameworks.class))))
    @GetMapping("/frameworks")
    ResponseEntity<String> frameworks() {
        return json(new Frameworks(engine.catalog().info().version(), engine.catalog().frameworks()));
    }

    @Operation(summary = "The whole catalogue as an OSCAL catalog (JSON), with a Content-Disposition file name",
            responses = @ApiResponse(responseCode = "200", description = "The OSCAL catalog",
                    content = @Content(mediaType = DocumentResponses.OSCAL, schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(path = "", produces = DocumentResponses.OSCAL)
    ResponseEntity<byte[]> oscal() {
        return DocumentResponses.of(engine.documents().oscalCatalog());
    }

    private static ResponseEntity<String> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
