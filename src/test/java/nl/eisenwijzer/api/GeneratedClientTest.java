package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.eisenwijzer.client.ApiClient;
import nl.eisenwijzer.client.ApiException;
import nl.eisenwijzer.client.api.CatalogApi;
import nl.eisenwijzer.client.api.GapReportsApi;
import nl.eisenwijzer.client.api.LandingApi;
import nl.eisenwijzer.client.api.NationalSecurityAssessmentsApi;
import nl.eisenwijzer.client.api.PveApi;
import nl.eisenwijzer.client.model.GapReport;
import nl.eisenwijzer.client.model.GapRequest;
import nl.eisenwijzer.client.model.Landing;
import nl.eisenwijzer.client.model.NatsecReport;
import nl.eisenwijzer.client.model.NatsecRequest;
import nl.eisenwijzer.client.model.Problem;
import nl.eisenwijzer.client.model.ProcurementProfile;
import nl.eisenwijzer.client.model.Pve;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tender-drafting tool's view of the API: the Java client openapi-generator generates from the published
 * document (docs/api/openapi.json, kept equal to the live one by {@link OpenApiDocumentTest}) compiles unchanged
 * with the tests, and here it talks to a running server. Each answer it reads is compared with the JSON the
 * server sends for the same request: the typed client must lose nothing and invent nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GeneratedClientTest {

    private static final JsonMapper JSON = Bodies.JSON;

    @LocalServerPort
    int port;

    private ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient();
        client.setBasePath("http://127.0.0.1:" + port + "/api/v1");
    }

    @Test
    void theLandingResourceIsWhereTheGeneratedClientLooksForIt() throws Exception {
        Landing landing = new LandingApi(client).getLanding();
        assertThat(landing.getApiVersion()).isEqualTo(ApiVersionFilter.VERSION);
        assertThat(landing.getLinks().getOpenapi().getHref()).isEqualTo("/api/v1/openapi.json");
    }

    @Test
    void listsTheCatalogue() throws Exception {
        var page = new CatalogApi(client).listRequirements(List.of("AVG", "BIO2"), null, null, 1, 50);
        assertThat(page.getRequirements()).hasSize(50)
                .allSatisfy(r -> assertThat(r.getFramework()).isIn("AVG", "BIO2"));
        assertThat(page.getTotalItems()).isGreaterThan(50);
        assertSameAsServer(page.toJson(), get("/catalog/requirements?framework=AVG,BIO2&page=1&pageSize=50"));
    }

    @Test
    void createsThePveInDutchAndInEnglish() throws Exception {
        ProcurementProfile profile = ProcurementProfile.fromJson(Bodies.json("velsen-awareness.yaml"));
        PveApi pve = new PveApi(client);
        Pve dutch = pve.createPve(profile, "nl", true);
        Pve english = pve.createPve(profile, "en", false);
        assertThat(dutch.getTitle()).isEqualTo("Leerprogramma Privacy & Informatiebeveiliging");
        assertThat(dutch.getLanguage().getValue()).isEqualTo("nl");
        assertThat(english.getLanguage().getValue()).isEqualTo("en");
        assertThat(english.getRequirements().size()).isGreaterThan(dutch.getRequirements().size());
        assertSameAsServer(dutch.toJson(), post("/pve?lang=nl", profile.toJson()));
        assertSameAsServer(english.toJson(), post("/pve?lang=en&grouped=false", profile.toJson()));
    }

    @Test
    void downloadsTheWordAnnexAsBytesAndTheMarkdownAsText() throws Exception {
        ProcurementProfile profile = ProcurementProfile.fromJson(Bodies.json("velsen-awareness.yaml"));
        PveApi pve = new PveApi(client);
        File word = pve.createPveDocx(profile, "nl", true);
        try (XWPFDocument document = new XWPFDocument(new FileInputStream(word));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Leerprogramma Privacy & Informatiebeveiliging", "Programma van Eisen");
        }
        String markdown = pve.createPveMarkdown(profile, "en", true);
        assertThat(markdown).startsWith("# ").contains("Leerprogramma Privacy & Informatiebeveiliging");
        assertThat(pve.createPveCsv(profile, "nl", true)).contains("AVG-28");
    }

    @Test
    void createsAGapReportForTwoBidders() throws Exception {
        String body = Bodies.velsenBidders();
        GapReport report = new GapReportsApi(client).createGapReport(GapRequest.fromJson(body), "nl");
        assertThat(report.getSuppliers()).hasSize(2);
        assertSameAsServer(report.toJson(), post("/gap-reports", body));
    }

    @Test
    void runsTheNationalSecurityTestForTheCameraPurchase() throws Exception {
        String body = Bodies.cameraAssessment();
        NatsecReport report = new NationalSecurityAssessmentsApi(client)
                .createNationalSecurityAssessment(NatsecRequest.fromJson(body), "en");
        assertThat(report.getOutcome()).isNotNull();
        assertThat(report.getChain()).isNotEmpty();
        assertSameAsServer(report.toJson(), post("/national-security-assessments?lang=en", body));
    }

    @Test
    void aBadFieldIsATypedProblem() throws Exception {
        ProcurementProfile profile = ProcurementProfile.fromJson(Bodies.json("velsen-awareness.yaml"));
        profile.setContractMonths(241);
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new PveApi(client).createPve(profile, "nl", true));
        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = Problem.fromJson(refused.getResponseBody());
        assertThat(problem.getType()).isEqualTo(URI.create("https://eisenwijzer.nl/problems/invalid-input"));
        assertThat(problem.getField()).isEqualTo("contractMonths");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).contains("1 to 240");
    }

    private void assertSameAsServer(String typed, String raw) {
        List<String> differences = new java.util.ArrayList<>();
        differences("$", JSON.readTree(raw), JSON.readTree(typed), differences);
        assertThat(differences).as("where what the generated client read, written back as JSON, differs from what the "
                + "server sent (server ≠ client)").isEmpty();
    }

    /**
     * The paths at which two JSON trees differ, with both values; objects compare by key, whatever their order. A
     * list the server leaves out and an empty one are the same: the generated models start every list empty.
     */
    private static void differences(String path, JsonNode server, JsonNode client, List<String> found) {
        if (found.size() >= 20 || (server == null && client != null && client.isArray() && client.isEmpty())) {
            return;
        }
        if (server != null && client != null && server.isObject() && client.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>(server.propertyNames());
            names.addAll(client.propertyNames());
            names.forEach(name -> differences(path + "." + name, server.get(name), client.get(name), found));
        } else if (server != null && client != null && server.isArray() && client.isArray() && server.size() == client.size()) {
            for (int i = 0; i < server.size(); i++) {
                differences(path + "[" + i + "]", server.get(i), client.get(i), found);
            }
        } else if (server == null || !server.equals(client)) {
            found.add(path + ": " + abbreviated(server) + " ≠ " + abbreviated(client));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private String post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1" + path);
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

}
