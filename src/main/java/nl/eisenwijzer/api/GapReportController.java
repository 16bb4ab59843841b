package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.report.GapMarkdown;
import nl.eisenwijzer.report.Json;
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
 * {@code POST /api/v1/gap-reports}: a procurement profile and the bidders' dossiers in, the gap report out
 * (JSON or Markdown, or through the Accept header as a Word, HTML, PDF, CSV or OSCAL document). The dossiers live
 * only for the request: they are not logged and not stored.
 */
@RestController
@RequestMapping("/api/v1")
class GapReportController {

    /** What the document handler serves; JSON and Markdown have handlers of their own. */
    private static final java.util.List<DocumentFormat> DOCUMENTS = java.util.List.of(DocumentFormat.DOCX, DocumentFormat.HTML,
            DocumentFormat.PDF, DocumentFormat.CSV, DocumentFormat.OSCAL);

    private final Eisenwijzer engine;

    GapReportController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(summary = "Check supplier dossiers against the PvE: status per requirement, suitability, verdict, roadmap; "
            + "with several suppliers a ranking and a matrix",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GapRequest.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = GapRequest.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The gap report",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GapReport.class))))
    @PostMapping(path = "/gap-reports", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> json(@RequestBody String body, @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(description = "Language of the report: nl or en") @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(assess(body, contentType, lang)));
    }

    @Operation(summary = "The gap report as Markdown, for the evaluation file",
            responses = @ApiResponse(responseCode = "200", description = "The gap report as Markdown",
                    content = @Content(mediaType = MediaTypes.MARKDOWN, schema = @Schema(type = "string"))))
    @PostMapping(path = "/gap-reports", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaTypes.MARKDOWN)
    ResponseEntity<String> markdown(@RequestBody String body, @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(description = "Language of the report: nl or en") @RequestParam(defaultValue = "nl") String lang) {
        GapReport report = assess(body, contentType, lang);
        return ResponseEntity.ok().contentType(MediaTypes.MARKDOWN_UTF8).body(new GapMarkdown(engine.catalog()).render(report));
    }

    @Operation(summary = "The gap report as a document: Word, HTML, PDF, CSV (requirements x bidders) or OSCAL assessment-results",
            responses = @ApiResponse(responseCode = "200", description = "The gap report document, with a Content-Disposition file name", content = {
                    @Content(mediaType = DocumentResponses.DOCX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.HTML, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.PDF, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.CSV, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.OSCAL, schema = @Schema(type = "string", format = "binary"))
            }))
    @PostMapping(path = "/gap-reports", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML}, produces = {
            DocumentResponses.DOCX, DocumentResponses.HTML, DocumentResponses.PDF, DocumentResponses.CSV, DocumentResponses.OSCAL})
    ResponseEntity<byte[]> document(@RequestBody String body, @RequestHeader("Content-Type") MediaType contentType,
            @RequestHeader(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = "Language of the report: nl or en") @RequestParam(defaultValue = "nl") String lang) {
        GapReport report = assess(body, contentType, lang);
        return DocumentResponses.of(engine.documents().gap(report, DocumentResponses.negotiate(accept, DOCUMENTS)));
    }

    private GapReport assess(String body, MediaType contentType, String lang) {
        Language language = WireEnum.parse(Language.class, "lang", lang);
        Format format = MediaTypes.formatOf(contentType);
        GapRequest request = StrictReader.read(body, format, GapRequest.class);
        ProcurementProfile profile = Procurement.normalise(engine, request.procurement());
        if (request.suppliers() == null || request.suppliers().isEmpty()) {
            throw new InvalidInputException("suppliers", "field 'suppliers' needs at least one supplier dossier");
        }
        GapAssessor gaps = engine.gaps();
        return gaps.assess(gaps.target(profile, language), request.suppliers(), language, "suppliers[%d]");
    }
}
