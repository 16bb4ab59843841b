package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.report.Json;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/national-security-assessments}: the national-security test (questions 1, 2, 3A, 3B) over
 * a bidder and its chain, as JSON; {@code POST /api/v1/national-security-assessments/{format}} the same report as
 * Markdown, PDF or HTML. The dossier lives only for the request: not logged, not stored.
 */
@RestController
@RequestMapping(path = "/api/v1/national-security-assessments", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML})
@Tag(name = "national-security-assessments", description = "The government's national-security test (questions 1, "
        + "2, 3A, 3B) over a bidder, its owners, subcontractors and component suppliers")
class NatsecController {

    private final Eisenwijzer engine;

    NatsecController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(operationId = "createNationalSecurityAssessment", summary = "Run the national-security test over a "
            + "bidder, its owners, subcontractors and component suppliers: outcome, the four answers (derived or "
            + "confirmed), legal routes, measures for the PvE",
            description = "The request may be sent as JSON or YAML; the dossier is neither logged nor stored. The same "
                    + "report as a document: POST /national-security-assessments/markdown, "
                    + "/national-security-assessments/pdf or /national-security-assessments/html.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NatsecRequest.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = NatsecRequest.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The national-security report",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NatsecReport.class))))
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> createNationalSecurityAssessment(@RequestBody String body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Language of the report") @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(assess(body, contentType, lang)));
    }

    /** The report as a document; {@link DocumentOperations} documents it as one operation per format. */
    @Operation(hidden = true)
    @PostMapping(path = "/{format}")
    ResponseEntity<byte[]> document(@PathVariable String format, @RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestParam(defaultValue = "nl") String lang) {
        var documentFormat = EngineResource.NATIONAL_SECURITY.format(format);
        return DocumentResponses.of(engine.documents().natsec(assess(body, contentType, lang), documentFormat));
    }

    /** Deprecated since 1.5.0: the documents by {@code Accept}, as API 1.0 to 1.4 served them. */
    @Operation(hidden = true)
    @PostMapping(produces = {MediaTypes.MARKDOWN, DocumentResponses.HTML, DocumentResponses.PDF})
    ResponseEntity<byte[]> negotiated(@RequestBody String body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(HttpHeaders.ACCEPT) String accept, @RequestParam(defaultValue = "nl") String lang) {
        NatsecReport report = assess(body, contentType, lang);
        return DocumentResponses.negotiated(EngineResource.NATIONAL_SECURITY, accept,
                format -> engine.documents().natsec(report, format));
    }

    private NatsecReport assess(String body, String contentType, String lang) {
        var language = EngineParameters.language(lang);
        NatsecRequest request = StrictReader.read(body, EngineParameters.bodyFormat(contentType), NatsecRequest.class);
        ProcurementProfile profile = Procurement.normalise(engine, request.procurement());
        return engine.natsec().assess(profile, request.supplier(), request.answers(), request.realisableMeasures(),
                language, "supplier");
    }
}
