package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.ExampleReports.COMPLIANT;
import static nl.eisenwijzer.documents.ExampleReports.CONDITIONAL;
import static nl.eisenwijzer.documents.ExampleReports.EXCLUDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.GapSections;
import nl.eisenwijzer.report.Labels;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Word gap report for the three example bidders of the Velsen award, re-opened with POI and read as Word would. */
class GapDocxTest {

    private static final String ANNEX_A = "Bijlage A \u2014 Puntentelling en motivering";
    private static final String ANNEX_B = "Bijlage B \u2014 Matrix eisen \u00d7 inschrijvers";
    private static final String ANNEX_C = "Bijlage C \u2014 Toetsing per inschrijver";

    private static GapReport dutch;
    private static GapReport english;
    private static byte[] dutchDocx;
    private static byte[] englishDocx;

    @BeforeAll
    static void writeBothLanguages() throws IOException {
        dutch = ExampleReports.award(Language.NL);
        english = ExampleReports.award(Language.EN);
        dutchDocx = GapDocx.write(dutch);
        englishDocx = GapDocx.write(english);
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Text as a reader sees it: a mark's non-breaking padding is not part of its word. */
    private static String plain(String text) {
        return text.replace("\u00a0", "").strip();
    }

    private static String text(XWPFTableRow row, int column) {
        return plain(row.getCell(column).getText());
    }

    private static int level(IBodyElement element) {
        String style = element instanceof XWPFParagraph p ? p.getStyleID() : null;
        return style != null && style.startsWith("Heading") ? Integer.parseInt(style.substring("Heading".length())) : 99;
    }

    /** What follows the first heading of {@code level} that starts with {@code heading}, up to the next of its level or higher. */
    private static List<IBodyElement> section(List<IBodyElement> elements, int level, String heading) {
        int start = -1;
        for (int i = 0; i < elements.size(); i++) {
            IBodyElement element = elements.get(i);
            if (start < 0 && level(element) == level && plain(((XWPFParagraph) element).getText()).startsWith(heading)) {
                start = i + 1;
            } else if (start >= 0 && level(element) <= level) {
                return elements.subList(start, i);
            }
        }
        assertThat(start).as("heading " + heading).isPositive();
        return elements.subList(start, elements.size());
    }

    private static List<XWPFTable> tables(List<IBodyElement> section) {
        return section.stream().filter(XWPFTable.class::isInstance).map(XWPFTable.class::cast).toList();
    }

    private static List<String> paragraphs(List<IBodyElement> section) {
        return section.stream().filter(e -> e instanceof XWPFParagraph && level(e) == 99)
                .map(e -> plain(((XWPFParagraph) e).getText())).filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> headings(List<IBodyElement> section, int level) {
        return section.stream().filter(e -> level(e) == level).map(e -> plain(((XWPFParagraph) e).getText())).toList();
    }

    private static List<String> column(XWPFTable table, int column) {
        return table.getRows().stream().skip(1).map(row -> text(row, column)).toList();
    }

    private static XWPFTableRow row(XWPFTable table, String requirement) {
        return table.getRows().stream().skip(1).filter(r -> text(r, 0).startsWith(requirement + " ")).findFirst().orElseThrow();
    }

    /** Every coloured mark (status, verdict or letter outcome) in the body's paragraphs and tables. */
    private static List<String> marks(XWPFDocument document) {
        Stream<XWPFParagraph> inTables = document.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream());
        return Stream.concat(document.getParagraphs().stream(), inTables).flatMap(p -> p.getRuns().stream())
                .filter(r -> r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfShdArray() > 0)
                .map(XWPFRun::text).map(GapDocxTest::plain).toList();
    }

    private static GapReport.SupplierReport supplier(GapReport report, String name) {
        return report.suppliers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTitlePageThenTheSummaryTheAwardDecisionAndTheThreeAnnexes() throws IOException {
        try (XWPFDocument document = open(dutchDocx)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Gap-rapport");
            assertThat(paragraphs.get(0).getStyleID()).isEqualTo("Title");
            assertThat(paragraphs.get(1).getText()).isEqualTo(dutch.title());
            assertThat(paragraphs.subList(2, 7)).extracting(XWPFParagraph::getText).containsExactly(
                    "Peildatum: 2025-07-07", "Contract: 2025-11-01 \u2013 2027-10-31", "PvE: 46 regels, 137 eisen uit de catalogus",
                    "Catalogus: " + dutch.catalogVersion(), "Vingerafdruk: " + dutch.fingerprint());
            assertThat(document.getFooterList())
                    .anySatisfy(footer -> assertThat(footer.getText()).contains(dutch.fingerprint(), "Pagina"));
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");

            List<IBodyElement> body = document.getBodyElements();
            assertThat(headings(body, 1)).containsExactly("Samenvatting", "Gunningsbeslissing", ANNEX_A, ANNEX_B, ANNEX_C);
            // Every section after the summary starts a page: the summary ends with a page break.
            assertThat(body.stream().filter(e -> level(e) == 1).map(e -> ((XWPFParagraph) e).isPageBreak())).containsOnly(true);
            assertThat(headings(section(body, 1, "Samenvatting"), 2))
                    .containsExactly("Rangorde", "Oordeel per inschrijver", "Beslissende tekortkomingen", "Open contractvoorwaarden");
            assertThat(headings(section(body, 1, "Gunningsbeslissing"), 2))
                    .containsExactly(CONDITIONAL + " Voornemen tot gunning", COMPLIANT + " Afwijzing", EXCLUDED + " Uitgesloten");
            assertThat(headings(section(body, 1, ANNEX_A), 2))
                    .containsExactly(CONDITIONAL + " \u2014 plaats 1, 82,50 punten", COMPLIANT + " \u2014 plaats 2, 79,17 punten");
            assertThat(headings(section(body, 1, ANNEX_C), 2))
                    .containsExactly(COMPLIANT + " (NL) Geldig", CONDITIONAL + " (NL) Geldig", EXCLUDED + " (NL) Uitgesloten");
            // Word's heading styles, so the navigation pane and the table of contents work; the contents list two levels.
            assertThat(document.getStyles().getStyle("Heading4").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("3");
            assertThat(document.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyleID())).map(XWPFParagraph::getText))
                    .containsExactly("Samenvatting", "Gunningsbeslissing", ANNEX_A, ANNEX_B, ANNEX_C);
        }
    }

    @Test
    void theSummaryGivesTheAdviceTheRankingPerCriterionAndEachBiddersVerdictInOneSentence() throws IOException {
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> summary = section(document.getBodyElements(), 1, "Samenvatting");
            assertThat(paragraphs(summary).get(0)).isEqualTo("Gunningsadvies: Voornemen tot gunning aan Cyberwijs B.V.: de geldige "
                    + "inschrijving met de meeste punten (82,50).");

            XWPFTable ranking = tables(section(summary, 2, "Rangorde")).get(0);
            assertThat(ranking.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("#", "Inschrijver", "Inschrijfprijs", "P", "K-1", "K-2", "Totaal");
            assertThat(column(ranking, 0)).containsExactly("1", "2", "\u2013");
            assertThat(column(ranking, 1)).containsExactly(CONDITIONAL, COMPLIANT, EXCLUDED + " Uitgesloten");
            assertThat(column(ranking, 2)).containsExactly("\u20ac 172.500", "\u20ac 160.000", "\u20ac 149.000");
            assertThat(column(ranking, 4)).containsExactly("30,00", "22,50", "\u2013");
            assertThat(column(ranking, 6)).containsExactly("82,50", "79,17", "\u2013");

            assertThat(paragraphs(section(summary, 2, "Oordeel per inschrijver"))).containsExactly(
                    CONDITIONAL + " Geldig Alle knock-outs aangetoond; geen contractvoorwaarden open; wensen 6 van 10.",
                    COMPLIANT + " Geldig Alle knock-outs aangetoond; geen contractvoorwaarden open; wensen 10 van 10.",
                    EXCLUDED + " Uitgesloten Uitgesloten op EW-SUIT-01 ISO 27001-certificaat (tekort) en EW-SUIT-04 "
                            + "Gedragsverklaring Aanbesteden (tekort).");

            XWPFTable gaps = tables(section(summary, 2, "Beslissende tekortkomingen")).get(0);
            assertThat(column(gaps, 0)).containsExactly(EXCLUDED, "");
            assertThat(column(gaps, 1)).containsExactly("EW-SUIT-01 ISO 27001-certificaat", "EW-SUIT-04 Gedragsverklaring Aanbesteden");
            assertThat(column(gaps, 2)).containsOnly("tekort");
            assertThat(column(gaps, 3).get(0)).contains("geldig tot 2025-02-28", "(certificate-not-usable)")
                    .doesNotContain("'complies'");
            // Two reasons at most in the summary; the annex has the rest.
            assertThat(column(gaps, 3).get(1)).contains("2023-03-01", "KVK-EXTRACT", "en nog 1 in Bijlage C")
                    .doesNotContain("TAX-STATEMENT");

            List<String> open = paragraphs(section(summary, 2, "Open contractvoorwaarden"));
            assertThat(open.get(0)).startsWith(EXCLUDED + " (11): EW-CLOUD-03 Jaarlijks assurancerapport type II over de clouddienst; ")
                    .endsWith("; en nog 3 in Bijlage C.");
            assertThat(open.get(1)).isEqualTo("Geen open contractvoorwaarden: Cyberwijs B.V., Veilig Leren B.V.");
        }
    }

    @Test
    void theAwardDecisionGivesEachLetterItsTextBlocks() throws IOException {
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> decision = section(document.getBodyElements(), 1, "Gunningsbeslissing");
            assertThat(paragraphs(section(decision, 2, CONDITIONAL))).first().asString()
                    .contains("voornemens de opdracht te gunnen aan Cyberwijs B.V.", "82,50 van 100,00 punten");

            List<IBodyElement> second = section(decision, 2, COMPLIANT);
            assertThat(paragraphs(second)).contains("Uw inschrijving behaalt 79,17 van 100,00 punten en eindigt op plaats 2.",
                    "De opdrachtgever is voornemens de opdracht te gunnen aan Cyberwijs B.V., met 82,50 punten.");
            XWPFTable advantages = tables(second).get(0);
            assertThat(advantages.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("Criterium",
                    "Winnende inschrijving", "Uw inschrijving", "Kenmerken van de winnende inschrijving");
            assertThat(column(advantages, 0)).containsExactly("K-1 Plan van aanpak", "K-2 Presentatie en demo");
            assertThat(text(advantages.getRow(1), 1)).isEqualTo("30,00");
            assertThat(text(advantages.getRow(1), 2)).isEqualTo("22,50");
            assertThat(text(advantages.getRow(1), 3)).startsWith("Campagneplan op maat van de gemeente Velsen");
            assertThat(paragraphs(second)).last().asString().contains("standstilltermijn van 20 kalenderdagen");

            List<String> excluded = paragraphs(section(decision, 2, EXCLUDED));
            assertThat(excluded).contains("Uw inschrijving is uitgesloten en daarom niet beoordeeld op de gunningscriteria. De redenen:")
                    .anySatisfy(p -> assertThat(p).contains("EW-SUIT-01 ISO 27001-certificaat (tekort): Het ISO27001-certificaat was "
                            + "geldig tot 2025-02-28"))
                    .contains("De opdrachtgever is voornemens de opdracht te gunnen aan Cyberwijs B.V.");
        }
    }

    @Test
    void annexAGivesEveryScoreWithItsRuleAndArithmetic() throws IOException {
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> annex = section(document.getBodyElements(), 1, ANNEX_A);
            assertThat(column(tables(annex).get(0), 0)).containsExactly("P", "K-1", "K-2");
            assertThat(column(tables(annex).get(1), 0)).containsExactly("Uitstekend", "Goed", "Voldoende", "Matig", "Minimaal of slecht");
            XWPFTable scores = tables(section(annex, 2, COMPLIANT)).get(0);
            assertThat(column(scores, 0)).containsExactly("P Prijs", "K-1 Plan van aanpak", "K-2 Presentatie en demo");
            assertThat(column(scores, 1)).containsExactly("26,67", "22,50", "30,00");
            assertThat(column(scores, 2)).containsExactly("\u2014", "Goed", "Goed");
            assertThat(column(scores, 3).get(0)).contains("= 26,67 punten", "(price-points)");
            assertThat(column(scores, 3).get(1)).contains("Motivering van de commissie: Concreet jaarplan", "(quality-points)");
            assertThat(paragraphs(annex)).contains("Niet gescoord, want uitgesloten: Awareness Partners B.V.");
        }
    }

    @Test
    void theMatrixHasOneRowPerRequirementLineWithEachBiddersStatus() throws IOException {
        GapReport.Matrix matrix = dutch.matrix();
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> section = section(document.getBodyElements(), 1, ANNEX_B);
            XWPFTable table = tables(section).get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Eis", COMPLIANT, CONDITIONAL, EXCLUDED);
            assertThat(table.getRows()).hasSize(matrix.rows().size() + 1).hasSize(dutch.pve().requirements() + 1);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            for (int i = 0; i < matrix.rows().size(); i++) {
                GapReport.Row expected = matrix.rows().get(i);
                XWPFTableRow row = table.getRow(i + 1);
                assertThat(text(row, 0)).startsWith(expected.requirement()).endsWith(expected.title());
                for (int bidder = 0; bidder < matrix.bidders().size(); bidder++) {
                    assertThat(text(row, bidder + 1)).isEqualTo(Labels.statusShort(expected.statuses().get(bidder), Language.NL));
                }
            }
            // A line that is not a knock-out says its kind, as in the printed report.
            assertThat(text(row(table, "EW-WEB-04 (wens)"), 2)).isEqualTo("tekort");
            assertThat(text(row(table, "EW-SUIT-04"), 3)).isEqualTo("tekort");
            assertThat(section).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(XWPFParagraph.class,
                    p -> assertThat(p.getText()).isEqualTo(Labels.WISH_MARK.nl())));
        }
    }

    @Test
    void annexCGivesTheExcludedBiddersCountsSuitabilityAndEveryOpenItemWithItsReasons() throws IOException {
        GapReport.SupplierReport excluded = supplier(dutch, EXCLUDED);
        GapReport.Item certificate = excluded.suitability().stream().filter(i -> i.requirement().equals("EW-SUIT-01"))
                .findFirst().orElseThrow();
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> bidder = section(section(document.getBodyElements(), 1, ANNEX_C), 2, EXCLUDED);
            // Per bidder the count of every status, zeros too, under the Dutch status names.
            XWPFTable counts = tables(bidder).get(0);
            assertThat(counts.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactlyElementsOf(excluded.summary().keySet().stream()
                            .map(s -> Labels.statusShort(s, Language.NL)).toList());
            assertThat(column(counts, 1)).containsExactly(String.valueOf(excluded.summary().get(GapStatus.ACCEPTED)));

            XWPFTableRow suitability = row(tables(section(bidder, 3, "Geschiktheid")).get(0), "EW-SUIT-01");
            assertThat(text(suitability, 1)).isEqualTo("tekort");
            assertThat(text(suitability, 2)).isEqualTo(certificate.threshold());
            assertThat(text(suitability, 3)).isEqualTo(certificate.actual());
            // The open items list it again, with every reason and the rule behind it.
            List<IBodyElement> open = section(bidder, 3, "Open punten (" + GapSections.open(excluded).size() + ")");
            XWPFTableRow row = row(tables(open).get(0), "EW-SUIT-01");
            assertThat(text(row, 0)).isEqualTo("EW-SUIT-01 " + certificate.title() + " (geschiktheidseis)");
            assertThat(text(row, 1)).isEqualTo("tekort");
            assertThat(row.getCell(2).getParagraphs()).hasSize(certificate.reasons().size());
            for (Pve.Reason reason : certificate.reasons()) {
                assertThat(row.getCell(2).getText()).contains(reason.explanation() + " (" + reason.rule() + ")");
            }
        }
    }

    @Test
    void theRoadmapGivesItsDueDateAndEveryPhaseWithItsActions() throws IOException {
        GapReport.SupplierReport excluded = supplier(dutch, EXCLUDED);
        assertThat(excluded.roadmap().phases()).isNotEmpty();
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> annex = section(document.getBodyElements(), 1, ANNEX_C);
            List<IBodyElement> roadmap = section(section(annex, 2, EXCLUDED), 3, "Roadmap");
            assertThat(roadmap).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(XWPFParagraph.class,
                    p -> assertThat(p.getText()).isEqualTo("Roadmap uiterlijk: " + excluded.roadmap().due())));
            Stream<String> phases = excluded.roadmap().phases().stream()
                    .map(p -> "Fase " + p.phase() + ": " + p.label() + " (mijlpaal " + p.milestone() + ")");
            assertThat(headings(roadmap, 4)).containsExactlyElementsOf(
                    Stream.concat(Stream.of("Knock-outs: niet na gunning te herstellen"), phases).toList());
            assertThat(headings(roadmap, 4).get(1)).isEqualTo("Fase 1: Identiteit en toegang (mijlpaal 2026-10-31)");
            List<XWPFTable> tables = tables(roadmap);
            assertThat(tables).hasSize(excluded.roadmap().phases().size() + 1);
            for (int i = 0; i < excluded.roadmap().phases().size(); i++) {
                List<GapReport.Action> actions = excluded.roadmap().phases().get(i).actions();
                XWPFTable table = tables.get(i + 1);
                assertThat(column(table, 0))
                        .containsExactlyElementsOf(actions.stream().map(a -> a.requirement() + " " + a.title()).toList());
                assertThat(column(table, 1)).containsOnly("na gunning te tonen");
                assertThat(column(table, 2).get(0)).contains(actions.get(0).explanation(), "(" + actions.get(0).rule() + ")");
            }
            // Nothing open, no roadmap; the conditional bidder's expiring evidence is a warning.
            assertThat(headings(section(annex, 2, COMPLIANT), 3))
                    .containsExactly("Geschiktheid", "Open punten (0)", "Aangetoond of afwijking aanvaard (129)");
            XWPFTable warnings = tables(section(section(annex, 2, CONDITIONAL), 3, "Waarschuwingen")).get(0);
            assertThat(warnings.getRows()).hasSize(supplier(dutch, CONDITIONAL).warnings().size() + 1);
        }
    }

    @Test
    void theForeignBiddersRelianceAndWhatIsAskedBeforeSigningAreInItsSection() throws IOException {
        GapReport report = ExampleReports.gap(Language.NL, "foreign");
        GapReport.SupplierReport foreign = report.suppliers().get(0);
        try (XWPFDocument document = open(GapDocx.write(report))) {
            List<IBodyElement> bidder = section(document.getBodyElements(), 2, foreign.name());
            XWPFTable reliances = tables(section(bidder, 3, "Beroep op derden")).get(0);
            assertThat(column(reliances, 0)).containsExactly("Rechenzentrum Nord GmbH");
            assertThat(column(reliances, 1)).containsExactly("hosting");
            assertThat(column(reliances, 3).get(0)).contains(foreign.reliances().get(0).explanation(),
                    "(certificate-of-relied-on-party)");
            List<IBodyElement> roadmap = section(bidder, 3, "Roadmap");
            assertThat(headings(roadmap, 4)).containsExactly("Vóór ondertekening van het contract");
            assertThat(column(tables(roadmap).get(0), 0)).containsExactly("EW-SUIT-02 Aansprakelijkheidsverzekering");
            assertThat(column(tables(roadmap).get(0), 1)).containsExactly("aangetoond");
        }
    }

    @Test
    void theDutchDocumentSaysNothingInEnglish() throws IOException {
        try (XWPFDocument document = open(dutchDocx)) {
            List<String> dutchMarks = Stream.of(Stream.of(GapStatus.values()).map(s -> Labels.statusShort(s, Language.NL)),
                    Stream.of("Geldig", "Uitgesloten", "Voornemen tot gunning", "Afwijzing")).flatMap(s -> s).toList();
            assertThat(marks(document)).isNotEmpty().allSatisfy(mark -> assertThat(mark).isIn(dutchMarks));
            // Rule names stay as they are, like every rendering shows them, and the rules quote the answer code the
            // bidder entered ('complies', as in the answer sheet); apart from those, no English word and no status code.
            String text = new XWPFWordExtractor(document).getText()
                    .replaceAll("\\([a-z0-9]+(-[a-z0-9]+)*\\)", "")
                    .replaceAll("'(complies|partially-complies|does-not-comply|not-applicable)'", "");
            for (String english : ENGLISH) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(english) + "\\b").matcher(text).find()).as(english).isFalse();
            }
        }
    }

    /** Words of the English document that must not stand in the Dutch one. */
    static final List<String> ENGLISH = List.of("yes", "complies", "MET", "ACCEPTED", "GAP", "WAIVED", "ADMISSIBLE", "EXCLUDED",
            "AWARDED", "NOT_AWARDED", "Admissible", "Excluded", "Summary", "Ranking", "Bidder", "Verdict", "Requirement",
            "Suitability", "Threshold", "Actual", "Warnings", "Open items", "Met or waived", "Roadmap due", "Phase", "milestone",
            "Explanation", "Why", "waived", "claimed only", "evidence expired", "to show after award", "unanswered",
            "out of scope", "partial", "Reference date", "Fingerprint", "Catalogue", "Page", "Contents", "Gap report",
            "Award advice", "Intended award", "Not awarded", "Award decision", "Annex", "Scoring", "Decisive gaps",
            "Open contract conditions", "Points", "points", "Total", "Place", "Bid price", "Criterion", "Rating", "Winning bid",
            "Your bid", "Characteristics", "standstill period", "calendar days", "buyer", "award", "the", "and");

    @Test
    void theEnglishDocumentSaysNothingInDutch() throws IOException {
        try (XWPFDocument document = open(englishDocx)) {
            List<IBodyElement> body = document.getBodyElements();
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Gap report");
            assertThat(headings(body, 1)).containsExactly("Summary", "Award decision", "Annex A \u2014 Scoring and motivation",
                    "Annex B \u2014 Requirements \u00d7 bidders matrix", "Annex C \u2014 Assessment per bidder");
            GapReport.SupplierReport excluded = supplier(english, EXCLUDED);
            List<IBodyElement> annex = section(body, 1, "Annex C");
            assertThat(headings(section(annex, 2, EXCLUDED), 3)).containsExactly("Suitability",
                    "Open items (" + GapSections.open(excluded).size() + ")",
                    "Met or waived (" + GapSections.settled(excluded).size() + ")", "Roadmap");
            List<String> englishMarks = Stream.of(Stream.of(GapStatus.values()).map(s -> Labels.statusShort(s, Language.EN)),
                    Stream.of("Admissible", "Excluded", "Intended award", "Not awarded")).flatMap(s -> s).toList();
            assertThat(marks(document)).isNotEmpty().allSatisfy(mark -> assertThat(mark).isIn(englishMarks));
            // The bidders' own explanations and the committee's motivations are quoted as written; the document's words are English.
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Reference date: 2025-07-07", "Phase 1: Identity and access (milestone 2026-10-31)",
                    "Knock-outs: cannot be remediated after award", "Page", "standstill period of 20 calendar days",
                    "Your bid scores 79.17 of 100.00 points: place 2 in the ranking.")
                    .doesNotContain("Gap-rapport", "Samenvatting", "Rangorde", "Oordeel", "Inschrijver", "Geschiktheid",
                            "Waarschuwingen", "Open punten", "Aangetoond of afwijking aanvaard", "Roadmap uiterlijk", "Fase ",
                            "mijlpaal", "aangetoond", "tekort", "na gunning te tonen", "onbeantwoord", "alleen verklaard",
                            "Geldig", "Uitgesloten", "Peildatum", "Vingerafdruk", "Catalogus", "Toelichting",
                            "Drempel", "Feitelijk", "Waarom", "Pagina", "Inhoud", "Eis\t", "(eis)", "(wens)", "Gunningsadvies",
                            "Gunningsbeslissing", "Bijlage", "Afwijzing", "Voornemen", "punten", "Totaal", "Plaats", "Inschrijfprijs",
                            "Criterium", "Beoordeling", "Winnende", "Uw inschrijving", "standstilltermijn", "kalenderdagen");
        }
    }

    @Test
    void theSameReportGivesTheSameDocument() throws IOException {
        assertThat(PveDocxTest.parts(GapDocx.write(dutch))).isEqualTo(PveDocxTest.parts(dutchDocx));
    }
}
