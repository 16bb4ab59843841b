package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
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
 * {@code POST /api/v1/gap-reports}: a procurement profile and the bidders' dossiers in, the gap report out as
 * JSON; {@code POST /api/v1/gap-reports/{format}} the same report as a document (Markdown, Word, PDF, HTML, CSV,
 * OSCAL). The dossiers live only for the request: they are not logged and not stored.
 */
@RestController
@RequestMapping(path = "/api/v1/gap-reports", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML})
@Tag(name = "gap-reports", description = "Bidders' dossiers checked against the PvE: status per requirement, "
        + "suitability, verdict, score, roadmap")
class GapReportController {

    private final Eisenwijzer engine;

    GapReportController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(operationId = "createGapReport", summary = "Check supplier dossiers against the PvE: status per "
            + "requirement, suitability, verdict, roadmap; with several suppliers a ranking and a matrix",
            description = "The request may be sent as JSON or YAML; the dossiers are neither logged nor stored. The same "
                    + "report as a document: POST /gap-reports/markdown, /gap-reports/docx, /gap-reports/pdf, "
                    + "/gap-reports/html, /gap-reports/csv or /gap-reports/oscal.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GapRequest.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = GapRequest.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The gap report",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GapReport.class))))
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> createGapReport(@RequestBody String body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Language of the report") @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(assess(body, contentType, lang)));
    }

    /** The report as a document; {@link DocumentOperations} documents it as one operation per format. */
    @Operation(hidden = true)
    @PostMapping(path = "/{format}")
    ResponseEntity<byte[]> document(@PathVariable String format, @RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestParam(defaultValue = "nl") String lang) {
        var documentFormat = EngineResource.GAP_REPORT.format(format);
        return DocumentResponses.of(engine.documents().gap(assess(body, contentType, lang), documentFormat));
    }

    /** Deprecated since 1.5.0: the documents by {@code Accept} on {@code /gap-reports}, as API 1.0 to 1.4 served them. */
    @Operation(hidden = true)
    @PostMapping(produces = {MediaTypes.MARKDOWN, DocumentResponses.DOCX, DocumentResponses.HTML, DocumentResponses.PDF,
            DocumentResponses.CSV, DocumentResponses.OSCAL})
    ResponseEntity<byte[]> negotiated(@RequestBody String body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(HttpHeaders.ACCEPT) String accept, @RequestParam(defaultValue = "nl") String lang) {
        GapReport report = assess(body, contentType, lang);
        return DocumentResponses.negotiated(EngineResource.GAP_REPORT, accept, format -> engine.documents().gap(report, format));
    }

    private GapReport assess(String body, String contentType, String lang) {
        var language = EngineParameters.language(lang);
        GapRequest request = StrictReader.read(body, EngineParameters.bodyFormat(contentType), GapRequest.class);
        ProcurementProfile profile = Procurement.normalise(engine, request.procurement());
        if (request.suppliers() == null || request.suppliers().isEmpty()) {
            throw new InvalidInputException("suppliers", "field 'suppliers' needs at least one supplier dossier");
        }
        GapAssessor gaps = engine.gaps();
        return gaps.assess(gaps.target(profile, language), request.suppliers(), request.evaluation(), language,
                "suppliers[%d]");
    }
}
