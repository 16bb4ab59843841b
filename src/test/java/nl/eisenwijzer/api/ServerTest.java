package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Against a started server on loopback: what only a real connection shows (bodies without a length). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServerTest {

    @LocalServerPort
    int port;

    @Test
    void aStreamedBodyOverTheLimitIsCutOffWithA413() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        // ofInputStream has no known length: the body goes chunked, so only counting while reading can stop it.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/pve"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue(ApiVersionFilter.VERSION);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void aProfileOverRealHttp() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/pve?lang=en"))
                .header("Content-Type", "application/yaml")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("title: T\norganisationType: rijk\nproductTypes: [consultancy]\n"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"language\" : \"en\"").contains("EW-CONS-01");
    }
}
