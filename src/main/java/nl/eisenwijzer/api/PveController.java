package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.pve.Pve;
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
 * {@code POST /api/v1/pve}: a procurement profile in, the Programma van Eisen out as JSON; {@code POST
 * /api/v1/pve/{format}} the same PvE as a document (Markdown, Word, Excel, PDF, HTML, CSV, OSCAL).
 */
@RestController
@RequestMapping(path = "/api/v1/pve", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML})
@Tag(name = "pve", description = "The Programma van Eisen (PvE) for a purchase: which requirements apply, in which "
        + "kind, and why")
class PveController {

    private final Eisenwijzer engine;

    PveController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(operationId = "createPve", summary = "Build the Programma van Eisen for a procurement profile",
            description = "The profile may be sent as JSON or YAML. The same PvE as a document: POST /pve/markdown, "
                    + "/pve/docx, /pve/xlsx, /pve/pdf, /pve/html, /pve/csv or /pve/oscal.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = nl.eisenwijzer.profile.ProcurementProfile.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = nl.eisenwijzer.profile.ProcurementProfile.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The PvE",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Pve.class))))
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> createPve(@RequestBody String profile,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Language of the PvE") @RequestParam(defaultValue = "nl") String lang,
            @Parameter(description = "true: requirements that one answer serves share a line; false: one line per requirement")
            @RequestParam(defaultValue = "true") String grouped) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(build(profile, contentType, lang, grouped)));
    }

    /** The PvE as a document; {@link DocumentOperations} documents it as one operation per format. */
    @Operation(hidden = true)
    @PostMapping(path = "/{format}")
    ResponseEntity<byte[]> document(@PathVariable String format, @RequestBody String profile,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "nl") String lang, @RequestParam(defaultValue = "true") String grouped) {
        var documentFormat = EngineResource.PVE.format(format);
        return DocumentResponses.of(engine.documents().pve(build(profile, contentType, lang, grouped), documentFormat));
    }

    /** Deprecated since 1.5.0: the documents by {@code Accept} on {@code /pve}, as API 1.0 to 1.4 served them. */
    @Operation(hidden = true)
    @PostMapping(produces = {MediaTypes.MARKDOWN, DocumentResponses.DOCX, DocumentResponses.XLSX, DocumentResponses.HTML,
            DocumentResponses.PDF, DocumentResponses.CSV, DocumentResponses.OSCAL})
    ResponseEntity<byte[]> negotiated(@RequestBody String profile, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(HttpHeaders.ACCEPT) String accept,
            @RequestParam(defaultValue = "nl") String lang, @RequestParam(defaultValue = "true") String grouped) {
        Pve pve = build(profile, contentType, lang, grouped);
        return DocumentResponses.negotiated(EngineResource.PVE, accept, format -> engine.documents().pve(pve, format));
    }

    private Pve build(String body, String contentType, String lang, String grouped) {
        var language = EngineParameters.language(lang);
        boolean oneLinePerAnswer = EngineParameters.grouped(grouped);
        return engine.pve(engine.readProfile(body, EngineParameters.bodyFormat(contentType)), language, oneLinePerAnswer);
    }
}
