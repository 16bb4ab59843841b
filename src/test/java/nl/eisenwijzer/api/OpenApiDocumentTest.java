package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI document, docs/api/openapi.json, is the live one: the Java client the build generates
 * from it (GeneratedClientTest) is then a client of this server, and a change of the contract shows in review as
 * a diff of that file. After a deliberate change, regenerate it with
 * {@code mvn -B test -Dtest=OpenApiDocumentTest -Dgolden.update=true} and review the diff.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    static final Path PUBLISHED = Path.of("docs/api/openapi.json");
    /** The server URL the published copy names; the live one names the port it runs on. */
    private static final String SERVER = "http://localhost:8080/api/v1";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @LocalServerPort
    int port;

    @Test
    void thePublishedDocumentIsTheLiveOne() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("the server is absolute, so that a client generated from a downloaded copy "
                + "has a host").contains("\"url\":\"http://localhost:" + port + "/api/v1\"");
        String live = canonical(response.body().replace("http://localhost:" + port + "/api/v1", SERVER));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PUBLISHED, live, StandardCharsets.UTF_8);
        }
        assertThat(live).as("docs/api/openapi.json is out of date: regenerate it with mvn -B test "
                + "-Dtest=OpenApiDocumentTest -Dgolden.update=true and review the diff")
                .isEqualTo(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    }

    /** Keys sorted at every level, indented: the same document always reads the same, whatever order it was built in. */
    @SuppressWarnings("unchecked")
    private static String canonical(String json) {
        Object tree = CANONICAL.readValue(json, Object.class);
        return CANONICAL.writeValueAsString(sorted(tree)) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            map.forEach((key, item) -> result.put((String) key, sorted(item)));
            return result;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(OpenApiDocumentTest::sorted).toList();
        }
        return value;
    }
}
