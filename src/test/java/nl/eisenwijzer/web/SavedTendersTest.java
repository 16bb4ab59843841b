package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.eisenwijzer.tender.TenderStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Saved tenders through the pages, several sessions at once: an organisation never sees another's tenders,
 * two tenders never mix, and of two sessions editing one tender the later save is refused and says so, with
 * nothing lost on either side.
 */
@SpringBootTest(classes = nl.eisenwijzer.api.EisenwijzerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SavedTendersTest {

    @LocalServerPort
    int port;

    @Autowired
    TenderStore store;

    @Test
    void anotherOrganisationNeitherListsNorOpensATender() {
        PageSession velsen = PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
        PageSession haarlem = PageSession.signedIn(port, "inkoper@haarlem", "haarlem-demo");
        String path = velsen.createTender("Alleen voor Velsen");

        assertThat(velsen.get("/").body()).contains("Alleen voor Velsen");
        assertThat(haarlem.get("/").body()).doesNotContain("Alleen voor Velsen");
        for (String page : new String[] {"", "/stap/3", "/geschiedenis", "/inschrijvers", "/nationale-veiligheid", "/download/yaml"}) {
            HttpResponse<String> response = haarlem.get(path + page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Alleen voor Velsen");
        }
        HttpResponse<String> write = haarlem.post(path + "/stap/3", Map.of("personalData", "special", "version", "1"),
                haarlem.get("/").body());
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(velsen.get(path + "/download/yaml").body()).doesNotContain("personalData");
    }

    @Test
    void twoTendersKeepTheirOwnAnswers() {
        PageSession velsen = PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
        String first = velsen.createTender("Eerste");
        String second = velsen.createTender("Tweede");
        velsen.post(first + "/stap/3", Map.of("personalData", "special"), velsen.get(first + "/stap/3").body());
        velsen.post(second + "/stap/3", Map.of("personalData", "none"), velsen.get(second + "/stap/3").body());

        assertThat(velsen.get(first + "/download/yaml").body()).contains("title: Eerste", "personalData: special");
        assertThat(velsen.get(second + "/download/yaml").body()).contains("title: Tweede", "personalData: none");
    }

    @Test
    void theLaterOfTwoConcurrentSavesIsRefusedAndSaysSo() {
        PageSession alice = PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
        PageSession bob = PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
        String path = alice.createTender("Samen bewerkt");
        String alicesPage = alice.get(path + "/stap/3").body();
        String bobsPage = bob.get(path + "/stap/4").body();

        HttpResponse<String> first = alice.post(path + "/stap/3", Map.of("personalData", "special"), alicesPage);
        HttpResponse<String> later = bob.post(path + "/stap/4", Map.of("hostingRegion", "outside-eu"), bobsPage);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.body()).contains("Niet opgeslagen", "versie 2");
        // Bob's answer is still on his page to save again; Alice's is saved; Bob's is not.
        assertThat(later.body()).containsPattern("value=\"outside-eu\"\\s+checked");
        String file = alice.get(path + "/download/yaml").body();
        assertThat(file).contains("personalData: special").doesNotContain("outside-eu");
        // Saved again on the version he now saw, Bob's change joins Alice's.
        HttpResponse<String> again = bob.post(path + "/stap/4", Map.of("hostingRegion", "outside-eu"), later.body());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(alice.get(path + "/download/yaml").body()).contains("personalData: special", "hostingRegion: outside-eu");
        assertThat(store.history("Gemeente Velsen", java.util.UUID.fromString(path.substring(path.lastIndexOf('/') + 1))))
                .hasSize(3);
    }
}
