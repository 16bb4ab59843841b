package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved tenders over real HTTP: HTTP Basic with the demo accounts of two organisations, the tender file in and
 * out, versions with If-Match, and the PvE of what is saved. The context has its own in-memory database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TenderApiTest {

    private static final String VELSEN = "inkoper@velsen:velsen-demo";
    private static final String HAARLEM = "inkoper@haarlem:haarlem-demo";
    private static final String YAML = "application/yaml";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("examples", name));
    }

    /** A request; {@code credentials} null sends none, a header is given as name, value. */
    private HttpResponse<String> send(String method, String path, String credentials, String contentType, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String credentials, String... headers) throws Exception {
        return send("GET", path, credentials, null, null, headers);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return MAPPER.readTree(response.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith(PROBLEM);
        assertThat(response.headers().firstValue("API-Version")).hasValue(ApiVersionFilter.VERSION);
        assertThat(json(response).path("status").asInt()).isEqualTo(status);
        assertThat(json(response).path("title").asString()).isNotBlank();
        assertThat(json(response).path("detail").asString()).isNotBlank();
    }

    /** Saves the profile as Velsen's and gives its id. */
    private String create(String credentials, String profile) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/tenders", credentials, YAML, profile);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asString();
    }

    @Test
    void withoutCredentialsTheTendersAre401ProblemsWhileTheEngineStaysOpen() throws Exception {
        HttpResponse<String> none = get("/api/v1/tenders", null);
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertProblem(get("/api/v1/tenders", "inkoper@velsen:wrong"), 401);
        assertProblem(send("POST", "/api/v1/tenders", null, YAML, example("velsen-awareness.yaml")), 401);
        assertProblem(get("/api/v1/tenders/" + UUID.randomUUID() + "/tender-file", null), 401);

        // The engine's own resources store nothing and need no account.
        assertThat(send("POST", "/api/v1/pve", null, YAML, example("velsen-awareness.yaml")).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/catalog/frameworks", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/openapi.json", null).statusCode()).isEqualTo(200);
    }

    @Test
    void createReadListChangeAndHistory() throws Exception {
        String profile = example("velsen-awareness.yaml");
        HttpResponse<String> created = send("POST", "/api/v1/tenders?reason=Start", VELSEN, YAML, profile);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(created.headers().firstValue("API-Version")).hasValue(ApiVersionFilter.VERSION);
        JsonNode tender = json(created);
        String id = tender.path("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/tenders/" + id);
        assertThat(tender.path("title").asString()).isEqualTo("Leerprogramma Privacy & Informatiebeveiliging");
        assertThat(tender.path("status").asString()).isEqualTo("draft");
        assertThat(tender.path("version").asLong()).isEqualTo(1);
        assertThat(tender.path("organisation").asString()).isEqualTo("Gemeente Velsen");
        assertThat(tender.path("createdBy").asString()).isEqualTo("Inkoper Velsen (inkoper@velsen)");
        assertThat(tender.path("updatedAt").asString()).isEqualTo(tender.path("createdAt").asString()).endsWith("Z");
        assertThat(tender.path("profile").asString()).contains("title: Leerprogramma Privacy & Informatiebeveiliging")
                .contains("referenceDate: 2025-07-07").contains("supplierAccess:");
        assertThat(tender.path("links").path("tenderFile").path("href").asString())
                .isEqualTo("/api/v1/tenders/" + id + "/tender-file");

        HttpResponse<String> read = get("/api/v1/tenders/" + id, VELSEN);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(read)).isEqualTo(tender);

        JsonNode listed = json(get("/api/v1/tenders", VELSEN)).path("tenders");
        JsonNode item = find(listed, id);
        assertThat(item.path("title").asString()).isEqualTo("Leerprogramma Privacy & Informatiebeveiliging");
        assertThat(item.path("status").asString()).isEqualTo("draft");
        assertThat(item.path("version").asLong()).isEqualTo(1);
        assertThat(item.path("updatedAt").asString()).isEqualTo(tender.path("updatedAt").asString());
        assertThat(item.path("updatedBy").asString()).isEqualTo("Inkoper Velsen (inkoper@velsen)");
        assertThat(item.path("links").path("self").path("href").asString()).isEqualTo("/api/v1/tenders/" + id);
        assertThat(item.has("profile")).isFalse();

        String changed = profile.replace("personalData: regular", "personalData: special")
                .replace("contractMonths: 24", "contractMonths: 36");
        HttpResponse<String> updated = send("PUT", "/api/v1/tenders/" + id + "/tender-file?reason=Advies%20FG%20%E2%80%93%20art.%209",
                VELSEN, YAML, changed, "If-Match", "\"1\"");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(updated).path("version").asLong()).isEqualTo(2);
        assertThat(json(updated).path("profile").asString()).contains("personalData: special").contains("contractMonths: 36");

        HttpResponse<String> file = get("/api/v1/tenders/" + id + "/tender-file", VELSEN);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(contentType(file)).startsWith(YAML);
        assertThat(file.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(file.body()).isEqualTo(json(updated).path("profile").asString());

        // A newer version goes to the top of the list.
        HttpResponse<String> other = send("POST", "/api/v1/tenders", VELSEN, JSON, example("velsen-awareness.json"));
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(send("PUT", "/api/v1/tenders/" + id + "/tender-file", VELSEN, YAML, changed, "If-Match", "\"2\"")
                .headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(json(get("/api/v1/tenders", VELSEN)).path("tenders").get(0).path("id").asString()).isEqualTo(id);

        JsonNode history = json(get("/api/v1/tenders/" + id + "/history", VELSEN));
        assertThat(history.path("id").asString()).isEqualTo(id);
        JsonNode changes = history.path("changes");
        assertThat(changes.size()).isEqualTo(3);
        assertThat(changes.get(0).path("version").asLong()).isEqualTo(3);
        assertThat(changes.get(0).path("summary").asString()).isEqualTo("no change");
        assertThat(changes.get(1).path("version").asLong()).isEqualTo(2);
        assertThat(changes.get(1).path("summary").asString())
                .isEqualTo("contractMonths: 24 → 36; personalData: regular → special");
        assertThat(changes.get(1).path("reason").asString()).isEqualTo("Advies FG – art. 9");
        assertThat(changes.get(1).path("by").asString()).isEqualTo("Inkoper Velsen (inkoper@velsen)");
        assertThat(changes.get(1).path("status").asString()).isEqualTo("draft");
        assertThat(changes.get(1).path("profile").asString()).contains("personalData: special");
        assertThat(changes.get(2).path("version").asLong()).isEqualTo(1);
        assertThat(changes.get(2).path("summary").asString()).isEqualTo("created");
        assertThat(changes.get(2).path("reason").asString()).isEqualTo("Start");
        assertThat(changes.get(2).path("profile").asString()).contains("personalData: regular");
    }

    private static JsonNode find(JsonNode tenders, String id) {
        for (JsonNode tender : tenders) {
            if (tender.path("id").asString().equals(id)) {
                return tender;
            }
        }
        throw new AssertionError("tender " + id + " not in " + tenders);
    }

    @Test
    void theTenderFileKeepsWhatWasGivenAndNoDefaultsNobodyChose() throws Exception {
        String minimal = "title: Ĳsselmonde – camera’s\norganisationType: gemeente\nproductTypes: [saas]\n";
        String id = create(VELSEN, minimal);
        HttpResponse<String> file = get("/api/v1/tenders/" + id + "/tender-file", VELSEN);
        assertThat(file.body()).isEqualTo("title: Ĳsselmonde – camera’s\norganisationType: gemeente\nproductTypes:\n- saas\n");
        assertThat(json(get("/api/v1/tenders/" + id, VELSEN)).path("title").asString()).isEqualTo("Ĳsselmonde – camera’s");
    }

    @Test
    void anotherOrganisationsTenderIsNotFound() throws Exception {
        String id = create(VELSEN, example("velsen-awareness.yaml"));
        String base = "/api/v1/tenders/" + id;

        assertProblem(get(base, HAARLEM), 404);
        assertThat(json(get(base, HAARLEM)).path("detail").asString()).contains(id);
        assertProblem(get(base + "/tender-file", HAARLEM), 404);
        assertProblem(get(base + "/history", HAARLEM), 404);
        assertProblem(get(base + "/pve", HAARLEM), 404);
        assertProblem(send("PUT", base + "/tender-file", HAARLEM, YAML, example("ot-pumping-station.yaml"),
                "If-Match", "\"1\""), 404);
        assertThat(json(get("/api/v1/tenders", HAARLEM)).path("tenders").findValuesAsString("id")).doesNotContain(id);

        // Velsen's tender is as it was.
        JsonNode velsens = json(get(base, VELSEN));
        assertThat(velsens.path("version").asLong()).isEqualTo(1);
        assertThat(velsens.path("profile").asString()).doesNotContain("Gemaal");
        // An id nobody has is the same 404; one that is no id at all is a 400 naming it.
        assertProblem(get("/api/v1/tenders/" + UUID.randomUUID(), VELSEN), 404);
        HttpResponse<String> malformed = get("/api/v1/tenders/not-a-uuid", VELSEN);
        assertProblem(malformed, 400);
        assertThat(json(malformed).path("field").asString()).isEqualTo("id");
    }

    @Test
    void aChangeOnAnOlderVersionIs412AndChangesNothing() throws Exception {
        String profile = example("velsen-awareness.yaml");
        String id = create(VELSEN, profile);
        String file = "/api/v1/tenders/" + id + "/tender-file";
        HttpResponse<String> first = send("PUT", file, VELSEN, YAML, profile.replace("contractMonths: 24", "contractMonths: 12"),
                "If-Match", "\"1\"");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String saved = get(file, VELSEN).body();

        HttpResponse<String> stale = send("PUT", file + "?reason=mijn%20wijziging", VELSEN, YAML,
                profile.replace("personalData: regular", "personalData: none"), "If-Match", "\"1\"");
        assertProblem(stale, 412);
        JsonNode problem = json(stale);
        assertThat(problem.path("currentVersion").asLong()).isEqualTo(2);
        assertThat(problem.path("updatedBy").asString()).isEqualTo("Inkoper Velsen (inkoper@velsen)");
        assertThat(problem.path("updatedAt").asString()).isEqualTo(json(first).path("updatedAt").asString());
        assertThat(problem.path("detail").asString()).contains("version 2").contains("Inkoper Velsen (inkoper@velsen)")
                .contains("made on version 1");
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"2\"");

        assertThat(get(file, VELSEN).body()).isEqualTo(saved).contains("personalData: regular");
        JsonNode changes = json(get("/api/v1/tenders/" + id + "/history", VELSEN)).path("changes");
        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.findValuesAsString("reason")).doesNotContain("mijn wijziging");
    }

    @Test
    void aChangeWithoutIfMatchIs428AndAMalformedOneIs400() throws Exception {
        String profile = example("velsen-awareness.yaml");
        String id = create(VELSEN, profile);
        String file = "/api/v1/tenders/" + id + "/tender-file";
        String changed = profile.replace("contractMonths: 24", "contractMonths: 12");

        HttpResponse<String> missing = send("PUT", file, VELSEN, YAML, changed);
        assertProblem(missing, 428);
        assertThat(json(missing).path("detail").asString()).contains("If-Match");
        assertProblem(send("PUT", file, VELSEN, YAML, changed, "If-Match", "*"), 428);
        HttpResponse<String> unquoted = send("PUT", file, VELSEN, YAML, changed, "If-Match", "1");
        assertProblem(unquoted, 400);
        assertThat(json(unquoted).path("field").asString()).isEqualTo("If-Match");

        assertThat(json(get("/api/v1/tenders/" + id, VELSEN)).path("version").asLong()).isEqualTo(1);
        assertThat(get(file, VELSEN).body()).contains("contractMonths: 24");
    }

    @Test
    void anInvalidProfileIs400NamingTheFieldAndSavesNothing() throws Exception {
        int before = json(get("/api/v1/tenders", VELSEN)).path("tenders").size();
        String bad = "title: T\norganisationType: gemeente\nproductTypes: [saas]\nhostingRegion: mars\n";
        HttpResponse<String> created = send("POST", "/api/v1/tenders", VELSEN, YAML, bad);
        assertProblem(created, 400);
        assertThat(json(created).path("field").asString()).isEqualTo("hostingRegion");
        assertThat(json(created).path("allowedValues").toString()).contains("outside-eu");
        HttpResponse<String> noType = send("POST", "/api/v1/tenders", VELSEN, JSON, "{\"title\": \"T\", \"productTypes\": [\"saas\"]}");
        assertProblem(noType, 400);
        assertThat(json(noType).path("field").asString()).isEqualTo("organisationType");
        HttpResponse<String> longTitle = send("POST", "/api/v1/tenders", VELSEN, YAML,
                "title: " + "t".repeat(301) + "\norganisationType: gemeente\nproductTypes: [saas]\n");
        assertProblem(longTitle, 400);
        assertThat(json(longTitle).path("field").asString()).isEqualTo("title");
        assertThat(json(get("/api/v1/tenders", VELSEN)).path("tenders").size()).isEqualTo(before);

        String id = create(VELSEN, example("velsen-awareness.yaml"));
        HttpResponse<String> put = send("PUT", "/api/v1/tenders/" + id + "/tender-file", VELSEN, YAML,
                example("velsen-awareness.yaml") + "wireless: maybe\n", "If-Match", "\"1\"");
        assertProblem(put, 400);
        assertThat(json(put).path("field").asString()).isEqualTo("wireless");
        assertThat(json(get("/api/v1/tenders/" + id, VELSEN)).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void theTenderFileIsYamlThatPostPveAcceptsAndTheSavedPveIsTheSameDocument() throws Exception {
        String profile = example("managed-ict-takeover.yaml");
        String id = create(VELSEN, profile);
        HttpResponse<String> file = get("/api/v1/tenders/" + id + "/tender-file", VELSEN);
        assertThat(contentType(file)).startsWith(YAML);

        for (String lang : List.of("nl", "en")) {
            HttpResponse<String> posted = send("POST", "/api/v1/pve?lang=" + lang, null, YAML, file.body());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
            HttpResponse<String> saved = get("/api/v1/tenders/" + id + "/pve?lang=" + lang, VELSEN);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(contentType(saved)).startsWith(JSON);
            assertThat(json(saved).path("fingerprint").asString()).startsWith("sha256:")
                    .isEqualTo(json(posted).path("fingerprint").asString());
            assertThat(json(saved).path("language").asString()).isEqualTo(lang);
            assertThat(saved.body()).isEqualTo(posted.body());
        }
        // And the same as the original file: the tender file loses nothing the PvE depends on.
        HttpResponse<String> original = send("POST", "/api/v1/pve", null, YAML, profile);
        assertThat(json(get("/api/v1/tenders/" + id + "/pve", VELSEN)).path("fingerprint").asString())
                .isEqualTo(json(original).path("fingerprint").asString());

        HttpResponse<String> badLanguage = get("/api/v1/tenders/" + id + "/pve?lang=fr", VELSEN);
        assertProblem(badLanguage, 400);
        assertThat(json(badLanguage).path("field").asString()).isEqualTo("lang");
    }

    @Test
    void theLandingResourceLinksToTheTenders() throws Exception {
        assertThat(json(get("/api/v1", null)).path("links").path("tenders").path("href").asString())
                .isEqualTo("/api/v1/tenders");
    }

    @Test
    void theOpenApiDocumentAsksForHttpBasicOnTheTendersOnly() throws Exception {
        JsonNode document = json(get("/api/v1/openapi.json", null));
        assertThat(document.path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
                .isEqualTo("basic");
        JsonNode put = document.path("paths").path("/tenders/{id}/tender-file").path("put");
        assertThat(put.path("security").toString()).contains("basicAuth");
        assertThat(put.path("responses").has("412")).isTrue();
        assertThat(put.path("responses").has("428")).isTrue();
        assertThat(document.path("paths").path("/tenders").path("post").path("responses").has("201")).isTrue();
        assertThat(document.path("paths").path("/tenders").path("get").path("responses").has("401")).isTrue();
        assertThat(document.path("paths").path("/pve").path("post").has("security")).isFalse();
        assertThat(document.has("security")).isFalse();
    }
}
