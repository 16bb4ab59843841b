package nl.eisenwijzer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Function;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogQuery;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.report.Json;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Read-only views of the catalogue: its requirements (filtered, paged), every list of ids a profile, a dossier or a
 * filter takes, and the whole catalogue as OSCAL. Each list is read from the same catalogue objects that the
 * profile and dossier checks read their allowed values from, so what is listed here is exactly what they accept.
 * The content is fixed per catalogue, so every resource is a conditional GET ({@link CatalogCache}).
 */
@RestController
@RequestMapping(path = CatalogController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = CatalogController.TAG, description = "The catalogue: requirements, and the ids the other resources take")
class CatalogController {

    static final String PATH = OpenApiConfiguration.BASE + "/catalog";
    static final String TAG = "catalog";

    private final Eisenwijzer engine;

    CatalogController(Eisenwijzer engine) {
        this.engine = engine;
    }

    @Operation(operationId = "listRequirements", tags = TAG,
            summary = "Catalogue requirements, each as stored in both languages, a page at a time",
            description = "Filters take one id, several separated by commas (framework=AVG,BIO2) or the parameter "
                    + "repeated (framework=AVG&framework=BIO2): a requirement matches one of a filter's ids (OR), and "
                    + "every filter given (AND). An unknown id is a 400 listing the allowed ones. A page past the last "
                    + "is a 400 naming the last page; the links give the canonical address of each page.",
            responses = @ApiResponse(responseCode = "200", description = "One page of the matching requirements",
                    content = @Content(schema = @Schema(implementation = RequirementPage.class))))
    @GetMapping("/requirements")
    @ConditionalGet
    ResponseEntity<String> listRequirements(
            @Parameter(description = "Framework ids, from GET /catalog/frameworks", style = ParameterStyle.FORM,
                    explode = Explode.FALSE, array = @ArraySchema(schema = @Schema(type = "string", example = "AVG")))
            @RequestParam(required = false) List<String> framework,
            @Parameter(description = "Domain ids, from GET /catalog/domains", style = ParameterStyle.FORM,
                    explode = Explode.FALSE, array = @ArraySchema(schema = @Schema(type = "string", example = "privacy")))
            @RequestParam(required = false) List<String> domain,
            @Parameter(description = "Product type ids, from GET /catalog/product-types: requirements that concern "
                    + "one of them", style = ParameterStyle.FORM, explode = Explode.FALSE,
                    array = @ArraySchema(schema = @Schema(type = "string", example = "saas")))
            @RequestParam(required = false) List<String> productType,
            @Parameter(description = "The page, from 1 to totalPages", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Requirements per page", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "" + Paging.MAX_SIZE, defaultValue = "" + Paging.DEFAULT_SIZE))
            @RequestParam(required = false) String pageSize,
            WebRequest request) {
        Catalog catalog = engine.catalog();
        CatalogQuery query = new CatalogQuery(framework, domain, productType).checkedAgainst(catalog);
        List<Requirement> matching = query.apply(catalog);
        Paging paging = Paging.of(page, pageSize, matching.size());
        String self = RequirementPage.link(query, paging.page(), paging.pageSize()).href();
        return CatalogCache.respond(request, CatalogCache.etag(catalog, self, MediaType.APPLICATION_JSON_VALUE),
                () -> json(RequirementPage.of(catalog.info().version(), query, paging, matching)));
    }

    @Operation(operationId = "listProductTypes", tags = TAG,
            summary = "The product types (inkooponderdelen) a profile can name",
            responses = @ApiResponse(responseCode = "200", description = "Product types",
                    content = @Content(schema = @Schema(implementation = ProductTypeList.class))))
    @GetMapping("/product-types")
    @ConditionalGet
    ResponseEntity<String> listProductTypes(WebRequest request) {
        return list(request, "/product-types", c -> new ProductTypeList(c.info().version(), c.productTypes()));
    }

    @Operation(operationId = "listFrameworks", tags = TAG, summary = "The frameworks of the catalogue",
            responses = @ApiResponse(responseCode = "200", description = "Frameworks",
                    content = @Content(schema = @Schema(implementation = FrameworkList.class))))
    @GetMapping("/frameworks")
    @ConditionalGet
    ResponseEntity<String> listFrameworks(WebRequest request) {
        return list(request, "/frameworks", c -> new FrameworkList(c.info().version(), c.frameworks()));
    }

    @Operation(operationId = "listDomains", tags = TAG,
            summary = "The domains (the PvE's chapters, in order): a requirement's domain and an own requirement's",
            responses = @ApiResponse(responseCode = "200", description = "Domains",
                    content = @Content(schema = @Schema(implementation = DomainList.class))))
    @GetMapping("/domains")
    @ConditionalGet
    ResponseEntity<String> listDomains(WebRequest request) {
        return list(request, "/domains", c -> new DomainList(c.info().version(), c.domains()));
    }

    @Operation(operationId = "listEvidenceTypes", tags = TAG,
            summary = "Every evidence type: what a dossier statement's evidence may cite",
            responses = @ApiResponse(responseCode = "200", description = "Evidence types; kind says which list of the "
                    + "dossier holds one (certificates, reports, documents) or that it is a statement",
                    content = @Content(schema = @Schema(implementation = EvidenceTypeList.class))))
    @GetMapping("/evidence-types")
    @ConditionalGet
    ResponseEntity<String> listEvidenceTypes(WebRequest request) {
        return list(request, "/evidence-types", c -> new EvidenceTypeList(c.info().version(), c.evidenceTypes()));
    }

    @Operation(operationId = "listCertificateTypes", tags = TAG,
            summary = "The certificate types: what a dossier's certificates[].type takes",
            responses = @ApiResponse(responseCode = "200", description = "Evidence types of kind certificate",
                    content = @Content(schema = @Schema(implementation = CertificateTypeList.class))))
    @GetMapping("/certificate-types")
    @ConditionalGet
    ResponseEntity<String> listCertificateTypes(WebRequest request) {
        return list(request, "/certificate-types", c -> new CertificateTypeList(c.info().version(),
                c.evidenceTypes(EvidenceType.Form.CERTIFICATE)));
    }

    @Operation(operationId = "listReportTypes", tags = TAG,
            summary = "The assurance and test report types: what a dossier's reports[].type takes",
            responses = @ApiResponse(responseCode = "200", description = "Evidence types of kind report",
                    content = @Content(schema = @Schema(implementation = ReportTypeList.class))))
    @GetMapping("/report-types")
    @ConditionalGet
    ResponseEntity<String> listReportTypes(WebRequest request) {
        return list(request, "/report-types", c -> new ReportTypeList(c.info().version(),
                c.evidenceTypes(EvidenceType.Form.REPORT)));
    }

    @Operation(operationId = "listDocumentTypes", tags = TAG,
            summary = "The supporting-document types: what a dossier's documents[].type takes",
            responses = @ApiResponse(responseCode = "200", description = "Evidence types of kind document",
                    content = @Content(schema = @Schema(implementation = DocumentTypeList.class))))
    @GetMapping("/document-types")
    @ConditionalGet
    ResponseEntity<String> listDocumentTypes(WebRequest request) {
        return list(request, "/document-types", c -> new DocumentTypeList(c.info().version(),
                c.evidenceTypes(EvidenceType.Form.DOCUMENT)));
    }

    @Operation(operationId = "listMeasures", tags = TAG,
            summary = "The national-security control measures: a profile's controlMeasures and an assessment's "
                    + "realisableMeasures",
            responses = @ApiResponse(responseCode = "200", description = "Control measures, with the risks each "
                    + "counters and the requirements it adds",
                    content = @Content(schema = @Schema(implementation = MeasureList.class))))
    @GetMapping("/measures")
    @ConditionalGet
    ResponseEntity<String> listMeasures(WebRequest request) {
        return list(request, "/measures", c -> new MeasureList(c.info().version(), MeasureItem.all(c.natsec())));
    }

    @Operation(operationId = "listCountries", tags = TAG,
            summary = "The countries (ISO 3166-1 alpha-2) a dossier's bidder, owners and chain parties may be in",
            responses = @ApiResponse(responseCode = "200", description = "Countries, with EU membership and GPA party",
                    content = @Content(schema = @Schema(implementation = CountryList.class))))
    @GetMapping("/countries")
    @ConditionalGet
    ResponseEntity<String> listCountries(WebRequest request) {
        return list(request, "/countries", c -> new CountryList(c.info().version(),
                c.natsec().countries().stream().map(CountryItem::of).toList()));
    }

    @Operation(operationId = "getOscalCatalog", tags = TAG,
            summary = "The whole catalogue as an OSCAL catalog (JSON), with a Content-Disposition file name",
            responses = @ApiResponse(responseCode = "200", description = "The OSCAL catalog",
                    content = @Content(mediaType = DocumentResponses.OSCAL, schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(path = "", produces = DocumentResponses.OSCAL)
    @ConditionalGet
    ResponseEntity<byte[]> getOscalCatalog(WebRequest request) {
        return CatalogCache.respond(request, CatalogCache.etag(engine.catalog(), PATH, DocumentResponses.OSCAL),
                () -> DocumentResponses.of(engine.documents().oscalCatalog()));
    }

    /** A list resource: its ETag needs only its path, since it takes no parameters. */
    private ResponseEntity<String> list(WebRequest request, String path, Function<Catalog, Object> body) {
        Catalog catalog = engine.catalog();
        return CatalogCache.respond(request, CatalogCache.etag(catalog, PATH + path, MediaType.APPLICATION_JSON_VALUE),
                () -> json(body.apply(catalog)));
    }

    private static ResponseEntity<String> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }
}
