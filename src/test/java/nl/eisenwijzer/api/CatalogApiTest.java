package nl.eisenwijzer.api;

import static nl.eisenwijzer.api.Bodies.JSON;
import static nl.eisenwijzer.api.Bodies.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.catalog.Country;
import nl.eisenwijzer.catalog.Domain;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.Framework;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.catalog.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue resources over real HTTP with the real catalogue: paging that adds up, multi-value filters, 400s
 * that name the field and the allowed values, conditional GETs, and list resources that hold exactly what the
 * catalogue holds and what the profile and dossier checks accept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogApiTest {

    private static final String CATALOG = "/api/v1/catalog";
    private static final String REQUIREMENTS = CATALOG + "/requirements";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Every GET under /catalog, with the media type it serves. */
    private static final Map<String, String> RESOURCES = resources();

    @LocalServerPort
    int port;

    @Autowired
    Eisenwijzer engine;

    private static Map<String, String> resources() {
        Map<String, String> resources = new LinkedHashMap<>();
        for (String list : List.of("requirements", "product-types", "frameworks", "domains", "evidence-types",
                "certificate-types", "report-types", "document-types", "measures", "countries")) {
            resources.put(CATALOG + "/" + list, "application/json");
        }
        resources.put(CATALOG, DocumentResponses.OSCAL);
        return resources;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Object body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(response.statusCode() == 200 ? "application/json" : "application/problem+json"));
        return JSON.readTree(response.body());
    }

    private JsonNode ok(String path, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(item -> item.path(field).asString()).toList();
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private List<String> requirementIds(Predicate<Requirement> filter) {
        return engine.catalog().requirements().stream().filter(filter).map(Requirement::id).toList();
    }

    /** Every requirement of a query, by following the next links from the given first page. */
    private List<String> allPages(String firstPage) throws Exception {
        List<String> ids = new ArrayList<>();
        String next = firstPage;
        int expectedPage = 1;
        JsonNode page = null;
        while (next != null) {
            page = ok(next);
            assertThat(page.path("page").asInt()).isEqualTo(expectedPage++);
            assertThat(page.path("links").has("previous")).isEqualTo(page.path("page").asInt() > 1);
            ids.addAll(texts(page.path("requirements"), "id"));
            next = page.path("links").has("next") ? page.path("links").path("next").path("href").asString() : null;
        }
        assertThat(page.path("links").path("self")).isEqualTo(page.path("links").path("last"));
        assertThat(page.path("totalPages").asInt()).isEqualTo(expectedPage - 1);
        assertThat(page.path("totalItems").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private static void assertProblem(HttpResponse<String> response, String field, List<String> allowedValues) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asString()).isEqualTo("Invalid input");
        assertThat(problem.path("field").asString()).isEqualTo(field);
        assertThat(problem.path("detail").asString()).contains(field);
        assertThat(texts(problem.path("allowedValues"))).isEqualTo(allowedValues);
        assertThat(response.headers().firstValue("API-Version")).hasValue(ApiVersionFilter.VERSION);
        // An error is not the resource: no validator, and no cache may keep it as one.
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // Paging

    @Test
    void thePagesAddUpToTheCatalogueInItsOrderWithoutOverlap() throws Exception {
        List<String> catalogue = requirementIds(r -> true);
        assertThat(allPages(REQUIREMENTS)).isEqualTo(catalogue);
        assertThat(allPages(REQUIREMENTS + "?pageSize=37")).isEqualTo(catalogue);
        assertThat(allPages(REQUIREMENTS + "?pageSize=500")).isEqualTo(catalogue);

        JsonNode first = ok(REQUIREMENTS);
        assertThat(first.path("catalogVersion").asString()).isEqualTo(engine.catalog().info().version());
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("pageSize").asInt()).isEqualTo(100);
        assertThat(first.path("totalItems").asInt()).isEqualTo(catalogue.size());
        assertThat(first.path("totalPages").asInt()).isEqualTo((catalogue.size() + 99) / 100);
        assertThat(first.path("links").path("self").path("href").asString())
                .isEqualTo(REQUIREMENTS + "?page=1&pageSize=100");
        assertThat(first.path("links").path("last").path("href").asString())
                .isEqualTo(REQUIREMENTS + "?page=" + first.path("totalPages").asInt() + "&pageSize=100");
        // Each requirement as stored, in both languages.
        assertThat(first.path("requirements").get(0).path("title").path("en").asString()).isNotBlank();
    }

    @Test
    void aFilteredSelectionPagesTooAndItsLinksKeepTheFilters() throws Exception {
        List<String> expected = requirementIds(r -> r.framework().equals("BIO2"));
        assertThat(allPages(REQUIREMENTS + "?framework=BIO2&pageSize=50")).isEqualTo(expected);
        JsonNode second = ok(REQUIREMENTS + "?pageSize=50&page=2&framework=BIO2");
        assertThat(second.path("links").path("previous").path("href").asString())
                .isEqualTo(REQUIREMENTS + "?framework=BIO2&page=1&pageSize=50");
    }

    @Test
    void anEmptySelectionIsOneEmptyPage() throws Exception {
        String query = "?framework=AVG&domain=cryptography&productType=ot-component";
        Set<String> otTraits = Set.copyOf(engine.catalog().productTypesById().get("ot-component").traits());
        assertThat(requirementIds(r -> r.framework().equals("AVG") && r.domain().equals("cryptography")
                && r.conditions().stream().anyMatch(c -> c.stream().anyMatch(otTraits::contains)))).isEmpty();
        JsonNode page = ok(REQUIREMENTS + query);
        assertThat(page.path("totalItems").asInt()).isZero();
        assertThat(page.path("totalPages").asInt()).isEqualTo(1);
        assertThat(page.path("requirements").isEmpty()).isTrue();
        assertThat(page.path("links").has("next")).isFalse();
        assertProblem(get(REQUIREMENTS + query + "&page=2"), "page", List.of("1..1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "page=abc       | page     | not a whole number",
        "page=0         | page     | out of range",
        "page=-1        | page     | not a whole number",
        "page=1.5       | page     | not a whole number",
        "page=1e1       | page     | not a whole number",
        "page=%201      | page     | not a whole number",
        "pageSize=0     | pageSize | out of range",
        "pageSize=501   | pageSize | out of range",
        "pageSize=2.0   | pageSize | not a whole number",
        "pageSize=99999999999999999999 | pageSize | out of range"})
    void aBadPageOrPageSizeIsA400NamingTheFieldAndTheRange(String query, String field, String message) throws Exception {
        int pages = (engine.catalog().requirements().size() + 99) / 100;
        HttpResponse<String> response = get(REQUIREMENTS + "?" + query);
        assertProblem(response, field, List.of(field.equals("page") ? "1.." + pages : "1..500"));
        assertThat(json(response).path("detail").asString()).contains(message);
    }

    @Test
    void aPagePastTheEndIsA400NamingTheLastPage() throws Exception {
        int total = engine.catalog().requirements().size();
        int last = (total + 199) / 200;
        HttpResponse<String> response = get(REQUIREMENTS + "?pageSize=200&page=" + (last + 1));
        assertProblem(response, "page", List.of("1.." + last));
        assertThat(json(response).path("detail").asString()).contains(last + " is the last page at pageSize 200");
        assertThat(ok(REQUIREMENTS + "?pageSize=200&page=" + last).path("requirements").size())
                .isEqualTo(total - (last - 1) * 200);
    }

    // Filters

    @Test
    void commaSeparatedAndRepeatedFiltersGiveTheSameResource() throws Exception {
        List<String> forms = List.of("?framework=AVG,BIO2", "?framework=AVG&framework=BIO2", "?framework=BIO2,AVG",
                "?framework=AVG&framework=BIO2,AVG", "?framework=" + param(" AVG , BIO2,"));
        Set<String> bodies = new HashSet<>();
        Set<String> etags = new HashSet<>();
        for (String form : forms) {
            HttpResponse<String> response = get(REQUIREMENTS + form);
            assertThat(response.statusCode()).as(form).isEqualTo(200);
            bodies.add(response.body());
            etags.add(response.headers().firstValue("ETag").orElseThrow());
        }
        assertThat(bodies).hasSize(1);
        assertThat(etags).hasSize(1);
        // The canonical form: the catalogue's order (frameworks.yaml has BIO2 before AVG), comma-separated.
        assertThat(JSON.readTree(bodies.iterator().next()).path("links").path("self").path("href").asString())
                .isEqualTo(REQUIREMENTS + "?framework=BIO2,AVG&page=1&pageSize=100");
    }

    @Test
    void valuesOfOneFilterAreOrAndFiltersAreAnd() throws Exception {
        assertThat(allPages(REQUIREMENTS + "?framework=AVG,BIO2"))
                .isEqualTo(requirementIds(r -> Set.of("AVG", "BIO2").contains(r.framework())))
                .hasSize(requirementIds(r -> r.framework().equals("AVG")).size()
                        + requirementIds(r -> r.framework().equals("BIO2")).size());
        assertThat(allPages(REQUIREMENTS + "?framework=AVG,BIO2&domain=privacy,identity-access"))
                .isEqualTo(requirementIds(r -> Set.of("AVG", "BIO2").contains(r.framework())
                        && Set.of("privacy", "identity-access").contains(r.domain())))
                .isNotEmpty();
        // Product types: the requirements that concern one of them, so the union of each one's.
        Set<String> union = new HashSet<>(allPages(REQUIREMENTS + "?productType=saas"));
        union.addAll(allPages(REQUIREMENTS + "?productType=ot-component"));
        List<String> both = allPages(REQUIREMENTS + "?productType=saas&productType=ot-component");
        assertThat(Set.copyOf(both)).isEqualTo(union);
        assertThat(allPages(REQUIREMENTS + "?productType=saas,ot-component&framework=NIS2"))
                .isEqualTo(both.stream().filter(id -> id.startsWith("NIS2-")).toList());
        // Every id of a list at once selects everything that has one.
        Catalog catalog = engine.catalog();
        assertThat(ok(REQUIREMENTS + "?framework=" + String.join(",", ids(catalog.frameworks(), Framework::id)))
                .path("totalItems").asInt()).isEqualTo(catalog.requirements().size());
        assertThat(ok(REQUIREMENTS + "?domain=" + String.join(",", ids(catalog.domains(), Domain::id)))
                .path("totalItems").asInt()).isEqualTo(catalog.requirements().size());
    }

    @Test
    void anUnknownFilterValueIsA400ListingTheCataloguesIds() throws Exception {
        Catalog catalog = engine.catalog();
        assertProblem(get(REQUIREMENTS + "?framework=AVG,NIS3"), "framework", ids(catalog.frameworks(), Framework::id));
        assertProblem(get(REQUIREMENTS + "?framework=AVG&framework=NIS3"), "framework",
                ids(catalog.frameworks(), Framework::id));
        assertProblem(get(REQUIREMENTS + "?domain=privacy&domain=poetry"), "domain", ids(catalog.domains(), Domain::id));
        assertProblem(get(REQUIREMENTS + "?productType=saas,spaceship"), "productType",
                ids(catalog.productTypes(), ProductType::id));
        // Filters are checked before the page: the filter is what is wrong.
        assertProblem(get(REQUIREMENTS + "?framework=NIS3&page=0"), "framework", ids(catalog.frameworks(), Framework::id));
    }

    // Conditional GETs

    @Test
    void everyCatalogueResourceIsAConditionalGetWithCacheControl() throws Exception {
        for (var resource : RESOURCES.entrySet()) {
            HttpResponse<String> first = get(resource.getKey(), "Accept", resource.getValue());
            assertThat(first.statusCode()).as(resource.getKey()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as("a strong validator").matches("\"[0-9a-f]{64}\"");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");

            HttpResponse<String> again = get(resource.getKey(), "Accept", resource.getValue(), "If-None-Match", etag);
            assertThat(again.statusCode()).as(resource.getKey()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
            assertThat(again.headers().firstValue("API-Version")).hasValue(ApiVersionFilter.VERSION);

            HttpResponse<String> listed = get(resource.getKey(), "Accept", resource.getValue(),
                    "If-None-Match", "\"someone-else\", " + etag);
            assertThat(listed.statusCode()).as("one of several tags").isEqualTo(304);
            HttpResponse<String> other = get(resource.getKey(), "Accept", resource.getValue(), "If-None-Match", "\"stale\"");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(first.body());
            assertThat(other.headers().firstValue("ETag")).hasValue(etag);
        }
        assertThat(RESOURCES.keySet().stream().map(path -> {
            try {
                return get(path, "Accept", RESOURCES.get(path)).headers().firstValue("ETag").orElseThrow();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).as("each resource its own tag").hasSize(RESOURCES.size());
    }

    @Test
    void eachPageAndSelectionHasItsOwnETag() throws Exception {
        List<String> queries = List.of("", "?page=2", "?pageSize=50", "?page=2&pageSize=50", "?framework=AVG",
                "?framework=AVG,BIO2", "?domain=privacy", "?productType=saas");
        Set<String> etags = new HashSet<>();
        for (String query : queries) {
            etags.add(get(REQUIREMENTS + query).headers().firstValue("ETag").orElseThrow());
        }
        assertThat(etags).hasSize(queries.size());
        // The defaults written out are the same resource.
        assertThat(get(REQUIREMENTS + "?page=1&pageSize=100").headers().firstValue("ETag"))
                .isEqualTo(get(REQUIREMENTS).headers().firstValue("ETag"));
        // Another page's tag does not validate this page.
        String second = get(REQUIREMENTS + "?page=2").headers().firstValue("ETag").orElseThrow();
        assertThat(get(REQUIREMENTS, "If-None-Match", second).statusCode()).isEqualTo(200);
    }

    // Lists: exactly what the catalogue holds

    /** A list resource, the property that holds its items, their id and a bilingual field, and the catalogue's ids. */
    private record Listed(String resource, String items, String id, String text, List<String> ids) {
    }

    @Test
    void everyListHoldsExactlyTheCataloguesItems() throws Exception {
        Catalog catalog = engine.catalog();
        List<Listed> lists = List.of(
                new Listed("product-types", "productTypes", "id", "label", ids(catalog.productTypes(), ProductType::id)),
                new Listed("frameworks", "frameworks", "id", "name", ids(catalog.frameworks(), Framework::id)),
                new Listed("domains", "domains", "id", "label", ids(catalog.domains(), Domain::id)),
                new Listed("evidence-types", "evidenceTypes", "id", "label", ids(catalog.evidenceTypes(), EvidenceType::id)),
                new Listed("certificate-types", "certificateTypes", "id", "label", evidence(EvidenceType.Form.CERTIFICATE)),
                new Listed("report-types", "reportTypes", "id", "label", evidence(EvidenceType.Form.REPORT)),
                new Listed("document-types", "documentTypes", "id", "label", evidence(EvidenceType.Form.DOCUMENT)),
                new Listed("measures", "measures", "id", "title", ids(catalog.natsec().measures(), ControlMeasure::id)),
                new Listed("countries", "countries", "code", "name", ids(catalog.natsec().countries(), Country::code)));
        for (Listed list : lists) {
            JsonNode body = ok(CATALOG + "/" + list.resource());
            assertThat(body.path("catalogVersion").asString()).isEqualTo(catalog.info().version());
            assertThat(texts(body.path(list.items()), list.id())).as(list.resource()).isEqualTo(list.ids()).isNotEmpty();
            body.path(list.items()).forEach(item -> assertThat(item.path(list.text()).path("nl").asString()
                    + item.path(list.text()).path("en").asString()).as(list.resource()).isNotBlank());
        }
        assertThat(evidence(EvidenceType.Form.CERTIFICATE).size() + evidence(EvidenceType.Form.REPORT).size()
                + evidence(EvidenceType.Form.DOCUMENT).size()).as("a statement is the only other kind")
                .isEqualTo(catalog.evidenceTypes().size() - evidence(EvidenceType.Form.STATEMENT).size());
    }

    private List<String> evidence(EvidenceType.Form form) {
        return ids(engine.catalog().evidenceTypes(form), EvidenceType::id);
    }

    @Test
    void measuresNameTheirRisksAndRequirementsAndCountriesTheirFacts() throws Exception {
        JsonNode measures = ok(CATALOG + "/measures").path("measures");
        for (ControlMeasure measure : engine.catalog().natsec().measures()) {
            JsonNode listed = measures.valueStream().filter(m -> m.path("id").asString().equals(measure.id()))
                    .findFirst().orElseThrow();
            assertThat(listed.path("title").path("nl").asString()).isEqualTo(measure.title().nl());
            assertThat(texts(listed.path("risks"), "id")).isEqualTo(measure.risks());
            assertThat(listed.path("risks").get(0).path("label").path("en").asString()).isNotBlank();
            assertThat(texts(listed.path("requirements"))).isEqualTo(measure.requirements());
        }
        JsonNode countries = ok(CATALOG + "/countries").path("countries");
        assertThat(countries.valueStream().filter(c -> c.path("euMember").asBoolean()).count()).isEqualTo(27);
        JsonNode nl = countries.valueStream().filter(c -> c.path("code").asString().equals("NL")).findFirst().orElseThrow();
        assertThat(nl.path("name").path("nl").asString()).isEqualTo("Nederland");
        assertThat(nl.path("gpaParty").asBoolean()).isTrue();
        // The organisation's own assessments are its judgement, not a client's choice: not listed.
        assertThat(nl.has("cooperationObligationLaw")).isFalse();
    }

    // Lists: what the profile and dossier checks accept and list as allowed

    /** A Velsen bidder that uses every listed certificate, report and document type, cites every evidence type and
     * has a component supplier in every listed country. */
    private Map<String, Object> dossierWithEveryListedId() throws Exception {
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("name", "Alles B.V.");
        dossier.put("country", "NL");
        dossier.put("certificates", texts(ok(CATALOG + "/certificate-types").path("certificateTypes"), "id").stream()
                .map(type -> Map.of("type", type, "validUntil", "2027-12-31")).toList());
        dossier.put("reports", texts(ok(CATALOG + "/report-types").path("reportTypes"), "id").stream()
                .map(type -> Map.of("type", type, "periodStart", "2024-07-01", "periodEnd", "2025-06-30",
                        "issued", "2025-07-01")).toList());
        // A document that stands in for a Dutch one names which and where from; for this Dutch bidder it does not count.
        JsonNode documentTypes = ok(CATALOG + "/document-types").path("documentTypes");
        dossier.put("documents", documentTypes.valueStream().map(type -> type.path("replacesNational").asBoolean()
                ? Map.of("type", type.path("id").asString(), "date", "2025-06-01", "equivalentOf", "GVA", "country", "DE")
                : Map.of("type", type.path("id").asString(), "date", "2025-06-01")).toList());
        List<String> countries = texts(ok(CATALOG + "/countries").path("countries"), "code");
        dossier.put("components", IntStream.range(0, countries.size()).mapToObj(i -> Map.of("name", "Maker " + i,
                "country", countries.get(i), "access", List.of("delivery"))).toList());
        dossier.put("statements", List.of(Map.of("requirement", "AVG-28", "answer", "yes",
                "evidence", texts(ok(CATALOG + "/evidence-types").path("evidenceTypes"), "id"))));
        return dossier;
    }

    private Map<String, Object> gapRequest(Map<String, Object> dossier) throws Exception {
        return Map.of("procurement", yaml("examples/velsen-awareness.yaml"), "suppliers", List.of(dossier));
    }

    @Test
    void aDossierMayUseEveryListedTypeAndCountry() throws Exception {
        HttpResponse<String> response = post("/api/v1/gap-reports", gapRequest(dossierWithEveryListedId()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Where a dossier names a listed id: its list and field, and the list resource with its items and their id. */
    private record DossierField(String list, String field, String resource, String items, String id) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDossierValueNotListedIsA400WhoseAllowedValuesAreTheList() throws Exception {
        for (DossierField at : List.of(
                new DossierField("certificates", "type", "certificate-types", "certificateTypes", "id"),
                new DossierField("reports", "type", "report-types", "reportTypes", "id"),
                new DossierField("documents", "type", "document-types", "documentTypes", "id"),
                new DossierField("statements", "evidence", "evidence-types", "evidenceTypes", "id"),
                new DossierField("components", "country", "countries", "countries", "code"))) {
            Map<String, Object> dossier = dossierWithEveryListedId();
            Map<String, Object> first = new LinkedHashMap<>(((List<Map<String, Object>>) dossier.get(at.list())).get(0));
            boolean many = at.field().equals("evidence");
            first.put(at.field(), many ? List.of("HANDSHAKE") : "XX-UNLISTED");
            dossier.put(at.list(), List.of(first));
            HttpResponse<String> response = post("/api/v1/gap-reports", gapRequest(dossier));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).path("field").asString())
                    .isEqualTo("suppliers[0]." + at.list() + "[0]." + at.field() + (many ? "[0]" : ""));
            assertThat(texts(json(response).path("allowedValues"))).as(at.list())
                    .isEqualTo(texts(ok(CATALOG + "/" + at.resource()).path(at.items()), at.id()));
        }
    }

    @Test
    void aProfileMayChooseEveryListedMeasureAndOwnRequirementDomain() throws Exception {
        List<String> measures = texts(ok(CATALOG + "/measures").path("measures"), "id");
        List<String> domains = texts(ok(CATALOG + "/domains").path("domains"), "id");
        Map<String, Object> profile = yaml("examples/camera-surveillance-police.yaml");
        profile.put("controlMeasures", measures);
        profile.put("tailoring", Map.of("add", IntStream.range(0, domains.size()).mapToObj(i -> Map.of(
                "id", "OWN-%02d".formatted(i + 1), "kind", "wens", "domain", domains.get(i),
                "title", Map.of("nl", "Eigen eis " + (i + 1)), "text", Map.of("nl", "Tekst."),
                "justification", "Eigen beleid.")).toList()));
        HttpResponse<String> pve = post("/api/v1/pve", profile);
        assertThat(pve.statusCode()).as(pve.body()).isEqualTo(200);
        Set<String> lines = json(pve).path("requirements").valueStream().map(l -> l.path("id").asString())
                .collect(Collectors.toSet());
        assertThat(lines).contains("OWN-01", "OWN-%02d".formatted(domains.size()));

        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("procurement", yaml("examples/camera-surveillance-police.yaml"));
        assessment.put("supplier", yaml("examples/suppliers/camera-bidder.yaml"));
        assessment.put("realisableMeasures", measures);
        HttpResponse<String> natsec = post("/api/v1/national-security-assessments", assessment);
        assertThat(natsec.statusCode()).as(natsec.body()).isEqualTo(200);
    }

    @Test
    void aMeasureOrDomainNotListedIsA400WhoseAllowedValuesAreTheList() throws Exception {
        List<String> measures = texts(ok(CATALOG + "/measures").path("measures"), "id");
        Map<String, Object> profile = yaml("examples/camera-surveillance-police.yaml");
        profile.put("controlMeasures", List.of("NS-WISHFUL-THINKING"));
        HttpResponse<String> badMeasure = post("/api/v1/pve", profile);
        assertThat(badMeasure.statusCode()).isEqualTo(400);
        assertThat(json(badMeasure).path("field").asString()).isEqualTo("controlMeasures[0]");
        assertThat(texts(json(badMeasure).path("allowedValues"))).isEqualTo(measures);

        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("procurement", yaml("examples/camera-surveillance-police.yaml"));
        assessment.put("supplier", yaml("examples/suppliers/camera-bidder.yaml"));
        assessment.put("realisableMeasures", List.of("NS-WISHFUL-THINKING"));
        HttpResponse<String> badRealisable = post("/api/v1/national-security-assessments", assessment);
        assertThat(badRealisable.statusCode()).isEqualTo(400);
        assertThat(json(badRealisable).path("field").asString()).isEqualTo("realisableMeasures[0]");
        assertThat(texts(json(badRealisable).path("allowedValues"))).isEqualTo(measures);

        Map<String, Object> tailored = yaml("examples/velsen-awareness.yaml");
        tailored.put("tailoring", Map.of("add", List.of(Map.of("id", "OWN-01", "kind", "wens", "domain", "poetry",
                "title", Map.of("nl", "Eigen eis"), "text", Map.of("nl", "Tekst."), "justification", "Beleid."))));
        HttpResponse<String> badDomain = post("/api/v1/pve", tailored);
        assertThat(badDomain.statusCode()).isEqualTo(400);
        assertThat(json(badDomain).path("field").asString()).isEqualTo("tailoring.add[0].domain");
        assertThat(texts(json(badDomain).path("allowedValues"))).isEqualTo(texts(ok(CATALOG + "/domains").path("domains"), "id"));
    }
}
