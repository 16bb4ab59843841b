package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.report.PveMarkdown;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/pve}: a procurement profile in, the Programma van Eisen out (JSON or Markdown). */
@RestController
@RequestMapping("/api/v1")
class PveController {

    /** What the document handler serves; JSON and Markdown have handlers of their own. */
    private static final List<DocumentFormat> DOCUMENTS = List.of(DocumentFormat.DOCX, DocumentFormat.XLSX,
            DocumentFormat.HTML, DocumentFormat.PDF, DocumentFormat.CSV, DocumentFormat.OSCAL);

    private final Eisenwijzer engine;

    PveController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(summary = "Build the Programma van Eisen for a procurement profile",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProcurementProfile.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = ProcurementProfile.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The PvE",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Pve.class))))
    @PostMapping(path = "/pve", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> pveJson(@RequestBody String profile,
            @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(description = "Language of the PvE: nl or en") @RequestParam(defaultValue = "nl") String lang,
            @Parameter(description = "true (default): requirements that one answer serves share a line; false: one line per requirement")
            @RequestParam(defaultValue = "true") String grouped) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(build(profile, contentType, lang, grouped)));
    }

    @Operation(summary = "Build the Programma van Eisen as a Markdown draft annex",
            responses = @ApiResponse(responseCode = "200", description = "The PvE as Markdown",
                    content = @Content(mediaType = MediaTypes.MARKDOWN, schema = @Schema(type = "string"))))
    @PostMapping(path = "/pve", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaTypes.MARKDOWN)
    ResponseEntity<String> pveMarkdown(@RequestBody String profile,
            @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(description = "Language of the PvE: nl or en") @RequestParam(defaultValue = "nl") String lang,
            @Parameter(description = "true (default): requirements that one answer serves share a line; false: one line per requirement")
            @RequestParam(defaultValue = "true") String grouped) {
        Pve pve = build(profile, contentType, lang, grouped);
        return ResponseEntity.ok().contentType(MediaTypes.MARKDOWN_UTF8).body(new PveMarkdown(engine.catalog()).render(pve));
    }

    @Operation(summary = "The Programma van Eisen as a document: Word annex, Excel answer sheet, HTML, PDF, CSV or OSCAL profile",
            responses = @ApiResponse(responseCode = "200", description = "The PvE document, with a Content-Disposition file name", content = {
                    @Content(mediaType = DocumentResponses.DOCX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.HTML, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.PDF, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.CSV, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocumentResponses.OSCAL, schema = @Schema(type = "string", format = "binary"))
            }))
    @PostMapping(path = "/pve", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML}, produces = {DocumentResponses.DOCX,
            DocumentResponses.XLSX, DocumentResponses.HTML, DocumentResponses.PDF, DocumentResponses.CSV, DocumentResponses.OSCAL})
    ResponseEntity<byte[]> pveDocument(@RequestBody String profile,
            @RequestHeader("Content-Type") MediaType contentType,
            @RequestHeader(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = "Language of the PvE: nl or en") @RequestParam(defaultValue = "nl") String lang,
            @Parameter(description = "true (default): requirements that one answer serves share a line; false: one line per requirement")
            @RequestParam(defaultValue = "true") String grouped) {
        Pve pve = build(profile, contentType, lang, grouped);
        return DocumentResponses.of(engine.documents().pve(pve, DocumentResponses.negotiate(accept, DOCUMENTS)));
    }

    private Pve build(String body, MediaType contentType, String lang, String grouped) {
        Language language = WireEnum.parse(Language.class, "lang", lang);
        if (!grouped.equals("true") && !grouped.equals("false")) {
            throw InvalidInputException.notAllowed("grouped", grouped, List.of("true", "false"));
        }
        Format format = MediaTypes.formatOf(contentType);
        return engine.pve(engine.readProfile(body, format), language, Boolean.parseBoolean(grouped));
    }
}
