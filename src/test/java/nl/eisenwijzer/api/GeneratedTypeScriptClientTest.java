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
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract in a second language: the TypeScript client openapi-generator's typescript-fetch makes from
 * docs/api/openapi.json (in target/generated-ts-client, by the build) compiles with tsc under {@code --strict}
 * beside src/test/typescript/scenario.ts, and the scenario runs on Node.js against a running server: landing
 * resource, PvE in English, the Word annex as bytes, Markdown as text, a gap report for two bidders, the
 * national-security test and a typed problem. Its answers are checked against the server's own JSON.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GeneratedTypeScriptClientTest {

    private static final Path TSC = Path.of(".tools/typescript/node_modules/.bin/tsc");
    private static final Path GENERATED = Path.of("target/generated-ts-client");
    private static final JsonMapper JSON = Bodies.JSON;

    @LocalServerPort
    int port;

    @Test
    void theGeneratedTypeScriptClientCompilesAndWorks(@TempDir Path work) throws Exception {
        assertThat(TSC).as("tsc, installed by the build (mvn test)").isExecutable();
        assertThat(GENERATED.resolve("index.ts")).as("the client the build generates").exists();
        FileSystemUtils.copyRecursively(GENERATED, work.resolve("client"));
        Files.copy(Path.of("src/test/typescript/scenario.ts"), work.resolve("scenario.ts"));
        run(work, TSC.toAbsolutePath().toString(), "--strict", "--target", "es2020", "--module", "commonjs", "--lib",
                "es2020,dom", "--skipLibCheck", "--outDir", "out", "scenario.ts");

        String velsen = Bodies.json("velsen-awareness.yaml");
        String gap = Bodies.velsenBidders();
        String natsec = Bodies.cameraAssessment();
        Files.writeString(work.resolve("profile.json"), velsen);
        Files.writeString(work.resolve("gap.json"), gap);
        Files.writeString(work.resolve("natsec.json"), natsec);
        String base = "http://127.0.0.1:" + port + "/api/v1";
        List<String> printed = run(work, "node", "out/scenario.js", base, "profile.json", "gap.json", "natsec.json");
        JsonNode read = JSON.readTree(printed.get(printed.size() - 1));

        JsonNode pve = JSON.readTree(post("/pve?lang=en", velsen));
        JsonNode report = JSON.readTree(post("/gap-reports", gap));
        JsonNode assessment = JSON.readTree(post("/national-security-assessments?lang=en", natsec));
        assertThat(read.path("apiVersion").asString()).isEqualTo(ApiVersionFilter.VERSION);
        assertThat(read.path("pveTitle").asString()).isEqualTo(pve.path("title").asString());
        assertThat(read.path("pveLanguage").asString()).isEqualTo("en");
        assertThat(read.path("pveLines").asInt()).isEqualTo(pve.path("requirements").size());
        assertThat(read.path("docxIsZip").asBoolean()).as("the Word annex arrives as bytes").isTrue();
        assertThat(read.path("docxBytes").asInt()).isGreaterThan(10_000);
        assertThat(read.path("markdown").asString()).as("Markdown arrives as text").startsWith("# ")
                .contains("Leerprogramma Privacy & Informatiebeveiliging");
        assertThat(read.path("verdicts").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(report.path("suppliers").valueStream().map(s -> s.path("verdict").asString()).toList());
        assertThat(read.path("natsecOutcome").asString()).isEqualTo(assessment.path("outcome").asString());
        assertThat(read.path("problemType").asString()).isEqualTo("https://eisenwijzer.nl/problems/invalid-input");
        assertThat(read.path("problemField").asString()).isEqualTo("contractMonths");
        assertThat(read.path("problemStatus").asInt()).isEqualTo(400);
    }

    private static List<String> run(Path directory, String... command) throws Exception {
        Path log = Files.createTempFile(directory, "run", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + String.join("\n", output)).isZero();
        return output;
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1" + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
