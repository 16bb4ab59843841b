package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.profile.Award;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The award through the pages, without a browser: the Velsen award section typed into the wizard's award step,
 * saved and read back as the example file says it; the three Velsen bidders and the committee's judgments judged on
 * the bidders page, with the ranking and the advice; and refused input said beside its field, nothing saved.
 */
@SpringBootTest(classes = nl.eisenwijzer.api.EisenwijzerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AwardPagesTest {

    private static final String AWARD_STEP = "/stap/8";

    @LocalServerPort
    int port;

    @Autowired
    Eisenwijzer engine;

    /** The award of examples/velsen-award.yaml as a buyer types it, Dutch thousands separators included. */
    private static Map<String, String> velsenAward() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("award", "criteria");
        form.put("award.price.id", "P");
        form.put("award.price.name", "Prijs");
        form.put("award.price.ceiling.price", "180.000");
        form.put("award.price.ceiling.points", "0");
        form.put("award.price.inflection.price", "€ 165.000");
        form.put("award.price.inflection.points", "25");
        form.put("award.price.floor.price", "150.000,00");
        form.put("award.price.floor.points", "30");
        form.put("award.quality.0.id", "K-1");
        form.put("award.quality.0.name", "Plan van aanpak");
        form.put("award.quality.0.maxPoints", "30");
        // An empty row between two criteria is skipped.
        form.put("award.quality.1.id", "");
        form.put("award.quality.2.id", "K-2");
        form.put("award.quality.2.name", "Presentatie en demo");
        form.put("award.quality.2.maxPoints", "40");
        form.put("award.scale", "five-step");
        form.put("award.tieBreakers.0", "K-2");
        form.put("award.shortlist.moreThan", "5");
        form.put("award.shortlist.criterion", "K-2");
        return form;
    }

    @Test
    void theVelsenAwardTypedIntoTheWizardRanksCyberwijsFirst() throws IOException {
        PageSession session = velsen();
        String tender = session.importTender(Path.of("examples/velsen-awareness.yaml"));
        String empty = session.get(tender + AWARD_STEP).body();
        // The example stands in the hints, never in the fields.
        assertThat(empty).contains("Stap 8 van 8: Gunning", "plafond € 180.000 = 0 punten")
                .doesNotContain("value=\"180000\"", "value=\"K-1\"", "value=\"P\"")
                .doesNotContainPattern("value=\"criteria\"\\s+checked");

        HttpResponse<String> saved = session.post(tender + AWARD_STEP, velsenAward(), empty);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(tender);

        // Stored and read back: the same award as the example file, and the step shows it again.
        String file = session.get(tender + "/download/yaml").body();
        assertThat(award(file)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(award(Files.readString(Path.of("examples/velsen-award.yaml"))));
        assertThat(session.get(tender + AWARD_STEP).body()).containsPattern("value=\"criteria\"\\s+checked")
                .contains("value=\"180000\"", "name=\"award.quality.1.id\" value=\"K-2\"", "name=\"award.tieBreakers.0\" value=\"K-2\"");

        String bidders = tender + "/inschrijvers";
        List<PageSession.Upload> files = new ArrayList<>();
        for (String bidder : List.of("velsen-compliant.yaml", "velsen-conditional.yaml", "velsen-excluded.yaml")) {
            files.add(bidder(bidder));
        }
        files.add(new PageSession.Upload("evaluation", "velsen-evaluation.yaml", Files.readString(Path.of("examples/evaluations/velsen-evaluation.yaml"))));
        HttpResponse<String> judged = session.postFiles(bidders, List.of(Map.entry("output", "screen")), files, session.get(bidders).body());

        assertThat(judged.statusCode()).isEqualTo(200);
        String page = judged.body();
        assertThat(page).contains("<caption", "scope=\"col\"", "scope=\"row\"", "Presentatie en demo (K-2, max. 40)")
                .containsPattern("data-bidder=\"Cyberwijs B.V.\">\\s*<td[^>]*>1</td>\\s*<th[^>]*scope=\"row\"[^>]*>Cyberwijs B.V.</th>"
                        + "\\s*<td[^>]*>12,50</td>\\s*<td[^>]*>30,00</td>\\s*<td[^>]*>40,00</td>\\s*<td[^>]*><strong>82,50</strong>")
                .containsPattern("data-bidder=\"Veilig Leren B.V.\">\\s*<td[^>]*>2</td>[\\s\\S]*?<strong>79,17</strong>")
                .containsPattern("data-bidder=\"Awareness Partners B.V.\">[\\s\\S]*?Uitgesloten: niet gescoord")
                .contains("Voornemen tot gunning aan Cyberwijs B.V.: de geldige inschrijving met de meeste punten (82,50).");
    }

    @Test
    void aRefusedAwardFieldIsSaidBesideItInDutchAndNothingIsSaved() throws IOException {
        PageSession session = velsen();
        String tender = session.importTender(Path.of("examples/velsen-awareness.yaml"));
        Map<String, String> form = velsenAward();
        form.put("award.price.floor.price", "190.000");
        form.put("award.shortlist.criterion", "P");

        HttpResponse<String> refused = session.post(tender + AWARD_STEP, form, session.get(tender + AWARD_STEP).body());

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .containsPattern("id=\"veld-award-price-floor-price-fout\">De bodemprijs moet lager zijn dan de plafondprijs\\.</p>")
                .containsPattern("aria-describedby=\"veld-award-price-floor-price-fout\"\\s+aria-invalid=\"true\"")
                .containsPattern("id=\"veld-award-shortlist-criterion-fout\">Kies een kwaliteitscriterium van deze aanbesteding: K-1, K-2\\.</p>")
                .contains("href=\"#veld-award-price-floor-price\"", "value=\"190.000\"");
        assertThat(session.get(tender + "/download/yaml").body()).doesNotContain("award");

        // Criteria typed without choosing to award on them: asked, not dropped.
        form = velsenAward();
        form.remove("award");
        assertThat(session.post(tender + AWARD_STEP, form, session.get(tender + AWARD_STEP).body()).body())
                .contains("id=\"veld-award-fout\">U vulde gunningscriteria in.");
        assertThat(session.get(tender + "/download/yaml").body()).doesNotContain("award");
    }

    @Test
    void anUnknownRatingInTheCommitteesFileIsSaidBesideItsField() throws IOException {
        PageSession session = velsen();
        String bidders = session.importTender(Path.of("examples/velsen-award.yaml")) + "/inschrijvers";
        PageSession.Upload evaluation = new PageSession.Upload("evaluation", "oordelen.yaml",
                Files.readString(Path.of("examples/evaluations/velsen-evaluation.yaml")).replaceFirst("rating: excellent", "rating: outstanding"));

        HttpResponse<String> refused = session.postFiles(bidders, List.of(Map.entry("output", "screen")),
                List.of(bidder("velsen-conditional.yaml"), evaluation), session.get(bidders).body());

        assertThat(refused.statusCode()).isEqualTo(200);
        // Veilig Leren B.V. was not uploaded, so the first judgment is refused first: its bidder is not among the files.
        assertThat(refused.body()).containsPattern("id=\"veld-evaluation-fout\">Het bestand oordelen.yaml kan niet worden gebruikt\\. "
                + "Veld ‘evaluation\\.judgments\\[0]\\.bidder’: ‘Veilig Leren B\\.V\\.’ is niet toegestaan\\. Toegestaan: Cyberwijs B\\.V\\.\\.");

        HttpResponse<String> unknown = session.postFiles(bidders, List.of(Map.entry("output", "screen")),
                List.of(bidder("velsen-conditional.yaml"), bidder("velsen-compliant.yaml"), evaluation), session.get(bidders).body());
        assertThat(unknown.body()).containsPattern("id=\"veld-evaluation-fout\">Het bestand oordelen.yaml kan niet worden gebruikt\\. "
                + "Veld ‘evaluation\\.judgments\\[2]\\.rating’: ‘outstanding’ is niet toegestaan\\. "
                + "Toegestaan: excellent, good, sufficient, moderate, poor\\.</p>")
                .contains("aria-describedby=\"veld-evaluation-hulp veld-evaluation-fout\"")
                .doesNotContain("id=\"rangorde\"");
    }

    private PageSession velsen() {
        return PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
    }

    /** A Velsen bidder's dossier (examples/suppliers) in the bidders page's file field. */
    private static PageSession.Upload bidder(String file) throws IOException {
        return new PageSession.Upload("files", file, Files.readString(Path.of("examples/suppliers", file)));
    }

    private Award award(String yaml) {
        return engine.profileReader().normalise(engine.readProfile(yaml, Format.YAML)).award();
    }
}
