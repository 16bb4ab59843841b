package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.api.EisenwijzerServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The default file database: created on first start under the data folder, and a saved tender survives a restart. */
class RestartTest {

    @Test
    void aSavedTenderSurvivesARestart(@TempDir Path data) {
        String[] args = {"--eisenwijzer.data-dir=" + data, "--spring.datasource.url=jdbc:h2:file:" + data + "/eisenwijzer"};
        String path;
        try (ConfigurableApplicationContext server = EisenwijzerServer.start(TestEngine.get(), 0, args)) {
            PageSession session = PageSession.signedIn(port(server), "inkoper@velsen", "velsen-demo");
            path = session.createTender("Blijft bewaard");
            session.post(path + "/stap/3", Map.of("personalData", "regular"), session.get(path + "/stap/3").body());
        }
        assertThat(data.resolve("eisenwijzer.mv.db")).exists();
        try (ConfigurableApplicationContext server = EisenwijzerServer.start(TestEngine.get(), 0, args)) {
            PageSession session = PageSession.signedIn(port(server), "inkoper@velsen", "velsen-demo");
            assertThat(session.get("/").body()).contains("Blijft bewaard");
            assertThat(session.get(path + "/download/yaml").body()).contains("personalData: regular");
            assertThat(session.get(path + "/geschiedenis").body()).contains("Ja, gewone persoonsgegevens");
        }
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

}
