package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.report.NatsecMarkdown;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/national-security-assessments}: the national-security test (questions 1, 2, 3A, 3B) over
 * a bidder and its chain, as JSON or Markdown. The dossier lives only for the request: not logged, not stored.
 */
@RestController
@RequestMapping("/api/v1")
class NatsecController {

    private final Eisenwijzer engine;

    NatsecController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(summary = "Run the national-security test over a bidder, its owners, subcontractors and component "
            + "suppliers: outcome, the four answers (derived or confirmed), legal routes, measures for the PvE",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NatsecRequest.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = NatsecRequest.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The national-security report",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NatsecReport.class))))
    @PostMapping(path = "/national-security-assessments", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> json(@RequestBody String body, @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(description = "Language of the report: nl or en") @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(assess(body, contentType, lang)));
    }

    @Operation(summary = "The national-security report as Markdown, for the tender file",
            responses = @ApiResponse(responseCode = "200", description = "The national-security report as Markdown",
                    content = @Content(mediaType = MediaTypes.MARKDOWN, schema = @Schema(type = "string"))))
    @PostMapping(path = "/national-security-assessments", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaTypes.MARKDOWN)
    ResponseEntity<String> markdown(@RequestBody String body, @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(description = "Language of the report: nl or en") @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.ok().contentType(MediaTypes.MARKDOWN_UTF8).body(new NatsecMarkdown().render(assess(body, contentType, lang)));
    }

    @Operation(summary = "The national-security report as a document: HTML or PDF",
            responses = @ApiResponse(responseCode = "200", description = "The national-security report document, with a Content-Disposition file name", content = {
                    @Content(mediaType = DocumentResponses.HTML, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.PDF, schema = @Schema(type = "string", format = "binary"))
            }))
    @PostMapping(path = "/national-security-assessments", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = {DocumentResponses.HTML, DocumentResponses.PDF})
    ResponseEntity<byte[]> document(@RequestBody String body, @RequestHeader("Content-Type") MediaType contentType,
            @RequestHeader(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = "Language of the report: nl or en") @RequestParam(defaultValue = "nl") String lang) {
        NatsecReport report = assess(body, contentType, lang);
        return DocumentResponses.of(engine.documents().natsec(report,
                DocumentResponses.negotiate(accept, java.util.List.of(DocumentFormat.HTML, DocumentFormat.PDF))));
    }

    private NatsecReport assess(String body, MediaType contentType, String lang) {
        Language language = WireEnum.parse(Language.class, "lang", lang);
        Format format = MediaTypes.formatOf(contentType);
        NatsecRequest request = StrictReader.read(body, format, NatsecRequest.class);
        ProcurementProfile profile = Procurement.normalise(engine, request.procurement());
        return engine.natsec().assess(profile, request.supplier(), request.answers(), request.realisableMeasures(),
                language, "supplier");
    }
}
