package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.profile.ProfileWriter;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.ProfileChanges;
import nl.eisenwijzer.tender.StaleTenderException;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderContent;
import nl.eisenwijzer.tender.TenderStatus;
import nl.eisenwijzer.tender.TenderStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tenders}: the signed-in user's organisation's saved tenders — list, create from a tender file,
 * read, replace the tender file, history, and the PvE of what is saved. Behind HTTP Basic; every read and write is
 * scoped to the organisation, so another organisation's tender is simply not found. A change names the version
 * it was made on ({@code If-Match}), so that nobody overwrites a save they have not seen.
 */
@RestController
@RequestMapping(OpenApiConfiguration.BASE + "/tenders")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
@io.swagger.v3.oas.annotations.tags.Tag(name = "tenders", description = "Your organisation's saved tenders: the "
        + "tender file, its history and its PvE")
class TenderController {

    /** The ETag this API gives: the version in quotes. Anything else in If-Match cannot name a version. */
    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");
    private static final int TITLE_LENGTH = 300;

    private final Eisenwijzer engine;
    private final TenderStore tenders;

    TenderController(Eisenwijzer engine, TenderStore tenders) {
        this.engine = engine;
        this.tenders = tenders;
    }

    @Operation(operationId = "listTenders", summary = "The organisation's saved tenders, the most recently changed first",
            responses = @ApiResponse(responseCode = "200", description = "The tenders, without their tender files",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TenderList.class))))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> list(@Parameter(hidden = true) Editor editor) {
        return json(TenderList.of(tenders.list(editor.organisation())));
    }

    @Operation(operationId = "createTender", summary = "Save a procurement profile as a new tender (status draft, version 1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The tender file: a procurement profile, validated as POST /pve does", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProcurementProfile.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = ProcurementProfile.class))}),
            responses = @ApiResponse(responseCode = "201", description = "The saved tender",
                    headers = {@Header(name = HttpHeaders.LOCATION, description = "Where the tender is",
                            schema = @Schema(type = "string", format = "uri-reference")),
                            @Header(name = HttpHeaders.ETAG, description = "The version, in quotes: \"1\"",
                                    schema = @Schema(type = "string"))},
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TenderResource.class))))
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> create(@RequestBody String body, @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Why, for the history (optional)") @RequestParam(required = false) String reason,
            @Parameter(hidden = true) Editor editor) {
        TenderFile file = read(body, contentType);
        Tender tender = tenders.create(editor, new TenderContent(file.title(), TenderStatus.DRAFT, file.yaml(), null),
                "created", reason);
        return ResponseEntity.created(URI.create(TenderResource.path(tender.id()))).eTag(etag(tender))
                .contentType(MediaType.APPLICATION_JSON).body(Json.write(TenderResource.of(tender)));
    }

    @Operation(operationId = "getTender", summary = "A saved tender, with its tender file as YAML text",
            responses = @ApiResponse(responseCode = "200", description = "The tender",
                    headers = @Header(name = HttpHeaders.ETAG, description = "The version, in quotes", schema = @Schema(type = "string")),
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TenderResource.class))))
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@Parameter(description = "The tender's id (a UUID)", schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
            @Parameter(hidden = true) Editor editor) {
        Tender tender = tenders.get(editor.organisation(), id(id));
        return ResponseEntity.ok().eTag(etag(tender)).contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(TenderResource.of(tender)));
    }

    @Operation(operationId = "getTenderFile", summary = "The tender file as YAML: the procurement profile the CLI reads (eisenwijzer pve --profile)",
            responses = @ApiResponse(responseCode = "200", description = "The tender file",
                    headers = @Header(name = HttpHeaders.ETAG, description = "The version, in quotes", schema = @Schema(type = "string")),
                    content = @Content(mediaType = MediaTypes.YAML, schema = @Schema(type = "string"))))
    @GetMapping(path = "/{id}/tender-file", produces = MediaTypes.YAML)
    ResponseEntity<String> tenderFile(@Parameter(description = "The tender's id (a UUID)", schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
            @Parameter(hidden = true) Editor editor) {
        Tender tender = tenders.get(editor.organisation(), id(id));
        return ResponseEntity.ok().eTag(etag(tender)).contentType(MediaTypes.YAML_UTF8).body(tender.profile());
    }

    @Operation(operationId = "replaceTenderFile", summary = "Replace the tender file; the history records what changed, who, when and why",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The new tender file: a procurement profile, validated as POST /pve does", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProcurementProfile.class)),
                    @Content(mediaType = MediaTypes.YAML, schema = @Schema(implementation = ProcurementProfile.class))}),
            responses = @ApiResponse(responseCode = "200", description = "The tender as saved, with its new version",
                    headers = @Header(name = HttpHeaders.ETAG, description = "The new version, in quotes", schema = @Schema(type = "string")),
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TenderResource.class))))
    @PutMapping(path = "/{id}/tender-file", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaTypes.YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> replaceTenderFile(@Parameter(description = "The tender's id (a UUID)", schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
            @RequestBody String body, @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the version this change was "
                    + "made on, e.g. \"3\". Without it: 428; when someone saved in between: 412 naming the current version.")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(description = "Why, for the history (optional)") @RequestParam(required = false) String reason,
            @Parameter(hidden = true) Editor editor) {
        Tender current = tenders.get(editor.organisation(), id(id));
        long version = version(ifMatch);
        if (version != current.version()) {
            // Refused before the body is read: whatever it says, it was made on a version that is gone.
            throw new StaleTenderException(current, version);
        }
        TenderFile file = read(body, contentType);
        Tender saved = tenders.update(editor, current.id(), version,
                new TenderContent(file.title(), current.status(), file.yaml(), current.notes()),
                ProfileChanges.summary(current.profile(), file.yaml(), "no change"), reason);
        return ResponseEntity.ok().eTag(etag(saved)).header(HttpHeaders.CONTENT_LOCATION, TenderResource.path(saved.id()))
                .contentType(MediaType.APPLICATION_JSON).body(Json.write(TenderResource.of(saved)));
    }

    @Operation(operationId = "getTenderHistory", summary = "Every saved version of the tender, the newest first",
            responses = @ApiResponse(responseCode = "200", description = "The history",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TenderHistory.class))))
    @GetMapping(path = "/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> history(@Parameter(description = "The tender's id (a UUID)", schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
            @Parameter(hidden = true) Editor editor) {
        UUID tender = id(id);
        return json(TenderHistory.of(tender, tenders.history(editor.organisation(), tender)));
    }

    @Operation(operationId = "getTenderPve", summary = "The Programma van Eisen of the saved tender file: the same document as POST /pve with that file",
            responses = @ApiResponse(responseCode = "200", description = "The PvE",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Pve.class))))
    @GetMapping(path = "/{id}/pve", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> pve(@Parameter(description = "The tender's id (a UUID)", schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
            @Parameter(description = "Language of the PvE: nl or en") @RequestParam(defaultValue = "nl") String lang,
            @Parameter(hidden = true) Editor editor) {
        Language language = WireEnum.parse(Language.class, "lang", lang);
        Tender tender = tenders.get(editor.organisation(), id(id));
        ProcurementProfile profile;
        try {
            profile = engine.readProfile(tender.profile(), Format.YAML);
        } catch (InvalidInputException e) {
            // Saved under an older catalogue (a product type since removed): say so, rather than blame the request.
            throw new InvalidInputException(e.field(), "the saved tender file (version " + tender.version()
                    + ") no longer reads with this catalogue; change it with PUT tender-file: " + e.getMessage(),
                    e.allowedValues());
        }
        return json(engine.pve(profile, language));
    }

    /** A tender file as given and the title it gives the tender. */
    private record TenderFile(String yaml, String title) {
    }

    /**
     * Reads and validates the tender file as POST /pve does, but keeps it as given: the normalised profile has every
     * default filled in, and a default nobody chose must not be written down as if someone had.
     */
    private TenderFile read(String body, String contentType) {
        ProcurementProfile given = StrictReader.read(body, EngineParameters.bodyFormat(contentType), ProcurementProfile.class);
        ProcurementProfile normalised = engine.profileReader().normalise(given);
        if (normalised.title().length() > TITLE_LENGTH) {
            throw new InvalidInputException("title", "field 'title' is " + normalised.title().length()
                    + " characters long; a saved tender's title has at most " + TITLE_LENGTH);
        }
        return new TenderFile(ProfileWriter.yaml(given), normalised.title());
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("id", "'" + id + "' is not a tender id (a UUID such as "
                    + "3f2c1e7a-9b8d-4c6e-a5f4-2d1b0c9e8f7a)");
        }
    }

    /** The version an If-Match header names; the header is required, so that no save goes blind. */
    private static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of the version this change was made "
                    + "on (GET the tender or its tender file: ETag \"3\" → If-Match: \"3\"), so that a change saved in "
                    + "between is not overwritten.");
        }
        Matcher tag = VERSION_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new InvalidInputException(HttpHeaders.IF_MATCH, "header 'If-Match': " + ifMatch.strip() + " is not an "
                    + "ETag of this API; send the version in quotes as the ETag gives it, e.g. If-Match: \"3\"");
        }
        return Long.parseLong(tag.group(1));
    }

    private static String etag(Tender tender) {
        return "\"" + tender.version() + "\"";
    }

    private static ResponseEntity<String> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }
}
