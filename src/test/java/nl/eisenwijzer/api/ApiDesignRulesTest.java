package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI document passes the official NL API Design Rules linter (Logius' Spectral
 * ruleset) with no errors and no warnings. The build installs Spectral into {@code .tools/spectral}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiDesignRulesTest {

    private static final Path SPECTRAL = Path.of(".tools/spectral/node_modules/.bin/spectral");
    private static final Path RULESET = Path.of("src/test/resources/adr-ruleset.yaml");

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentFollowsTheApiDesignRules(@TempDir Path temp) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                // As deployed: behind a TLS proxy, which names the scheme and host the client used.
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/openapi.json"))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "eisenwijzer.example.nl").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"url\":\"https://eisenwijzer.example.nl/api/v1\"");
        Path document = temp.resolve("openapi.json");
        Files.writeString(document, response.body());

        assertThat(SPECTRAL).as("Spectral, installed by the build (mvn test)").isExecutable();
        Path report = temp.resolve("spectral.json");
        Process lint = new ProcessBuilder(SPECTRAL.toString(), "lint", document.toString(), "--ruleset", RULESET.toString(),
                "--format", "json", "--output", report.toString(), "--fail-severity", "hint")
                .redirectErrorStream(true).redirectOutput(temp.resolve("spectral.log").toFile()).start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();
        assertThat(report).as("spectral wrote a report; log: " + Files.readString(temp.resolve("spectral.log"))).exists();

        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(report, StandardCharsets.UTF_8));
        List<String> findings = new java.util.ArrayList<>();
        results.forEach(r -> findings.add(r.path("severity").asInt() + " " + r.path("code").asString() + " at "
                + r.path("path").toString() + ": " + r.path("message").asString()));
        assertThat(findings).as("Spectral findings (0 = error, 1 = warning)").isEmpty();
    }
}
