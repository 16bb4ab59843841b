package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bidders page without a browser: an uploaded dossier judged on screen. */
@SpringBootTest(classes = nl.eisenwijzer.api.EisenwijzerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BiddersPageTest {

    @LocalServerPort
    int port;

    @Test
    void aDossierInTheFirstAnswerCodesIsJudgedWithAShortNoticeOnThePage() throws IOException {
        PageSession session = PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
        String path = session.importTender(Path.of("examples/velsen-awareness.yaml")) + "/inschrijvers";
        String dossier = Files.readString(Path.of("examples/suppliers/velsen-conditional.yaml"))
                .replace("answer: complies", "answer: yes");

        HttpResponse<String> shown = session.postMultipart(path, List.of(Map.entry("output", "screen")),
                new PageSession.Upload("files", "bidder.yaml", dossier), session.get(path).body());

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Geldige inschrijving")
                .containsPattern("Let op: de invoer gebruikt verouderde codes: (&#39;|')yes(&#39;|') \\(\\d+\u00d7\\) is gelezen "
                        + "als (&#39;|')complies(&#39;|')\\. Het oordeel is hetzelfde, maar API v2 aanvaardt deze codes niet meer\\.");
    }
}
