package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.ExampleReports.COMPLIANT;
import static nl.eisenwijzer.documents.ExampleReports.CONDITIONAL;
import static nl.eisenwijzer.documents.ExampleReports.EXCLUDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.eisenwijzer.award.DrawResult;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.report.GapMarkdown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gap report in Markdown for the Velsen award, the text every rendering shares (report/GapSections): the summary a
 * committee reads, the text blocks of the award decision, the annexes.
 */
class GapMarkdownTest {

    private static String dutch;
    private static String english;

    @BeforeAll
    static void render() throws IOException {
        GapMarkdown markdown = new GapMarkdown(ExampleReports.ENGINE.catalog());
        dutch = markdown.render(ExampleReports.award(Language.NL));
        english = markdown.render(ExampleReports.award(Language.EN));
    }

    /** The text under a level-2 heading, up to the next one. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n## " + heading);
        assertThat(start).as(heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 4);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The text under a level-3 heading inside {@code text}, up to the next heading of level 3 or higher. */
    private static String part(String text, String heading) {
        int start = text.indexOf("\n### " + heading);
        assertThat(start).as(heading).isNotNegative();
        int end = Pattern.compile("\n#{2,3} ").matcher(text).results().mapToInt(m -> m.start()).filter(i -> i > start)
                .findFirst().orElse(text.length());
        return text.substring(start, end);
    }

    private static List<String> headings(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
    }

    @Test
    void theSummaryComesFirstThenTheAwardDecisionThenTheAnnexes() {
        assertThat(headings(dutch)).containsExactly("Samenvatting", "Gunningsbeslissing", "Bijlage A — Puntentelling en motivering",
                "Bijlage B — Matrix eisen × inschrijvers", "Bijlage C — Toetsing per inschrijver");
        assertThat(headings(english)).containsExactly("Summary", "Award decision", "Annex A — Scoring and motivation",
                "Annex B — Requirements × bidders matrix", "Annex C — Assessment per bidder");
        String summary = section(dutch, "Samenvatting");
        assertThat(summary).contains("**Gunningsadvies:** Voornemen tot gunning aan Cyberwijs B.V.",
                "| # | Inschrijver | Inschrijfprijs | P | K-1 | K-2 | Totaal |",
                "| 1 | Cyberwijs B.V. | € 172.500 | 12,50 | 30,00 | 40,00 | 82,50 |",
                "| 2 | Veilig Leren B.V. | € 160.000 | 26,67 | 22,50 | 30,00 | 79,17 |",
                "| – | Awareness Partners B.V. (Uitgesloten) | € 149.000 | – | – | – | – |",
                "- **Awareness Partners B.V.** (Uitgesloten): Uitgesloten op EW-SUIT-01 ISO 27001-certificaat (tekort) en EW-SUIT-04 "
                        + "Gedragsverklaring Aanbesteden (tekort).",
                "### Beslissende tekortkomingen", "- **Awareness Partners B.V.** (11): EW-CLOUD-03 ")
                .doesNotContain("Bijlage C — Toetsing", "Motivering van de commissie");
    }

    @Test
    void theDutchAwardDecisionNamesTheWinnerThePointsTheAdvantagesAndTheReasonsForExclusion() {
        String decision = section(dutch, "Gunningsbeslissing");
        assertThat(decision).contains("Aanbestedingswet 2012 art. 2.130");
        assertThat(part(decision, CONDITIONAL)).startsWith("\n### Cyberwijs B.V.: Voornemen tot gunning")
                .contains("De opdrachtgever is voornemens de opdracht te gunnen aan Cyberwijs B.V.: uw inschrijving is de geldige "
                        + "inschrijving met de meeste punten, 82,50 van 100,00 punten (plaats 1).")
                .contains("standstilltermijn van 20 kalenderdagen");

        String second = part(decision, COMPLIANT);
        assertThat(second).startsWith("\n### Veilig Leren B.V.: Afwijzing")
                .contains("Uw inschrijving behaalt 79,17 van 100,00 punten en eindigt op plaats 2.")
                .contains("De opdrachtgever is voornemens de opdracht te gunnen aan Cyberwijs B.V., met 82,50 punten.")
                .contains("De kenmerken en relatieve voordelen van de inschrijving van Cyberwijs B.V.")
                .contains("| K-1 Plan van aanpak | 30,00 | 22,50 | Campagneplan op maat van de gemeente Velsen met afdelingsgerichte "
                        + "scenario's, meetbare gedragsdoelen per kwartaal en een evaluatiecyclus met de CISO en de FG; onderscheidend "
                        + "in aanpak en uitvoerbaarheid. |")
                .contains("| K-2 Presentatie en demo | 40,00 | 30,00 | Overtuigende live demo")
                .contains("De opdrachtgever sluit de overeenkomst niet voordat de standstilltermijn van 20 kalenderdagen is verstreken");

        String excluded = part(decision, EXCLUDED);
        assertThat(excluded).startsWith("\n### Awareness Partners B.V.: Uitgesloten")
                .contains("Uw inschrijving is uitgesloten en daarom niet beoordeeld op de gunningscriteria.")
                .contains("- Uitgesloten: 2 eis(en) of geschiktheidseis(en) niet aangetoond: EW-SUIT-01, EW-SUIT-04. _(verdict-excluded)_")
                .contains("- EW-SUIT-01 ISO 27001-certificaat (tekort): Het ISO27001-certificaat was geldig tot 2025-02-28, vóór de "
                        + "peildatum 2025-07-07.")
                .contains("- EW-SUIT-04 Gedragsverklaring Aanbesteden (tekort): De GVA is het nieuwste document dat telt, gedateerd 2023-03-01")
                .contains("De opdrachtgever is voornemens de opdracht te gunnen aan Cyberwijs B.V.\n")
                .contains("standstilltermijn")
                // The letter does not quote the bidder's own answer code back at it.
                .doesNotContain("'complies'");
    }

    @Test
    void whatTheReportAddsSaysNothingInEnglishInADutchReport() {
        // The summary, the decision and the scoring are this report's own words; rule names in brackets stay as they are.
        String added = (section(dutch, "Samenvatting") + section(dutch, "Gunningsbeslissing") + section(dutch, "Bijlage A"))
                .replaceAll("_\\([a-z0-9]+(-[a-z0-9]+)*\\)_", "");
        for (String word : GapDocxTest.ENGLISH) {
            assertThat(Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(added).find()).as(word).isFalse();
        }
        String englishAdded = section(english, "Summary") + section(english, "Award decision");
        assertThat(englishAdded).contains("Intended award to Cyberwijs B.V.", "Your bid scores 79.17 of 100.00 points: place 2 in the ranking.",
                        "| K-1 Plan van aanpak | 30.00 | 22.50 |", "standstill period of 20 calendar days")
                .doesNotContain("Gunningsadvies", "Uitgesloten", "punten", "Inschrijver", "Bijlage", "standstilltermijn", "uw inschrijving");
    }

    @Test
    void annexAGivesEveryScoreWithItsRuleAndTheArithmetic() {
        String annex = section(dutch, "Bijlage A");
        assertThat(annex).contains("| P | Prijs | prijs | 30,00 |", "| Uitstekend | 100% |",
                "### Cyberwijs B.V. — plaats 1, 82,50 punten", "### Veilig Leren B.V. — plaats 2, 79,17 punten",
                "| K-1 Plan van aanpak | 22,50 | Goed | Plan van aanpak: 'Goed' = 75% van 30,00 = 22,50 punten. Motivering van de "
                        + "commissie: Concreet jaarplan",
                "_(quality-points)_", "(€ 165.000 − € 160.000) / (€ 165.000 − € 150.000) × (30,00 − 25,00) = 26,67 punten.",
                "- Totaal 22,50 (K-1) + 30,00 (K-2) + 26,67 (P) = 79,17 punten. _(total)_",
                "Niet gescoord, want uitgesloten: Awareness Partners B.V.");
    }

    @Test
    void withoutAnAwardSectionTheBiddersAreRankedOnTheWishesTheSameWay() throws IOException {
        String plain = new GapMarkdown(ExampleReports.ENGINE.catalog())
                .render(ExampleReports.gap(Language.NL, "compliant", "conditional", "excluded"));
        assertThat(headings(plain)).containsExactly("Samenvatting", "Gunningsbeslissing", "Bijlage A — Puntentelling en motivering",
                "Bijlage B — Matrix eisen × inschrijvers", "Bijlage C — Toetsing per inschrijver");
        assertThat(section(plain, "Samenvatting")).contains("| # | Inschrijver | Inschrijfprijs | wensen | Totaal |",
                "| 1 | Veilig Leren B.V. | € 160.000 | 10,00 | 10,00 |", "| 2 | Cyberwijs B.V. | € 172.500 | 6,00 | 6,00 |",
                "wensen = Wensen uit het PvE (max. 10,00)");
    }

    @Test
    void aSharedFirstPlaceShowsTheDrawAndNoLettersUntilTheDrawIsRecorded() throws IOException {
        GapMarkdown markdown = new GapMarkdown(ExampleReports.ENGINE.catalog());
        String needed = markdown.render(ExampleReports.tied(Language.NL, null));
        assertThat(section(needed, "Samenvatting")).contains("### Loting", "Veilig Leren 1 B.V., Veilig Leren 2 B.V. delen de eerste plaats");
        assertThat(section(needed, "Gunningsbeslissing")).contains("Er is nog geen gunningsbeslissing: de brieven volgen zodra het "
                + "gunningsadvies een winnaar noemt. Nog geen gunningsadvies: Eisenwijzer trekt niet zelf; loting nodig tussen Veilig Leren 1 B.V., Veilig Leren 2 B.V.")
                .doesNotContain("### Veilig Leren");

        String drawn = markdown.render(ExampleReports.tied(Language.NL,
                new DrawResult("Veilig Leren 2 B.V.", LocalDate.of(2025, 9, 20), "notaris mr. A. de Vries")));
        assertThat(section(drawn, "Samenvatting")).contains("Getrokken op 2025-09-20 ten overstaan van notaris mr. A. de Vries: "
                + "Veilig Leren 2 B.V.");
        String decision = section(drawn, "Gunningsbeslissing");
        assertThat(part(decision, "Veilig Leren 2 B.V.")).contains("Voornemen tot gunning", "gekozen bij loting op 2025-09-20");
        assertThat(part(decision, "Veilig Leren 1 B.V.")).contains("Afwijzing",
                "Uw inschrijving behaalt 79,17 van 100,00 punten en deelt de eerste plaats met die van Veilig Leren 2 B.V.",
                "volgens het aanbestedingsdocument besliste daarom loting",
                "Getrokken op 2025-09-20 ten overstaan van notaris mr. A. de Vries: Veilig Leren 2 B.V.", "standstilltermijn")
                .doesNotContain("Eerste: geen inschrijving scoort hoger");
    }

    @Test
    void oneBidderWithoutAnAwardGetsItsVerdictOpenItemsAndRoadmapHeadline() throws IOException {
        String single = new GapMarkdown(ExampleReports.ENGINE.catalog()).render(ExampleReports.gap(Language.EN, "conditional"));
        assertThat(headings(single)).containsExactly("Summary", "Annex A — Assessment per bidder");
        assertThat(section(single, "Summary")).contains("### Verdict", "- **Cyberwijs B.V.** (Admissible): Every knock-out proven; "
                        + "no contract conditions open; wishes 6 of 10.",
                "### Open items (2)", "- **EW-CLOUD-04** ", "- **EW-WEB-04** Protection against automated abuse — gap, wish",
                "### Roadmap", "Roadmap due 2025-12-27: 1 phase, 2 actions; last milestone 2027-10-31.");
    }
}
