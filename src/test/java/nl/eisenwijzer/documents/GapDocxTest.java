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

/** The Word gap report for the three example bidders, re-opened with POI and read as Word would. */
class GapDocxTest {

    private static GapReport dutch;
    private static GapReport english;
    private static byte[] dutchDocx;
    private static byte[] englishDocx;

    @BeforeAll
    static void writeBothLanguages() throws IOException {
        dutch = ExampleReports.gap(Language.NL, "compliant", "excluded", "conditional");
        english = ExampleReports.gap(Language.EN, "compliant", "excluded", "conditional");
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

    private static List<String> headings(List<IBodyElement> section, int level) {
        return section.stream().filter(e -> level(e) == level).map(e -> plain(((XWPFParagraph) e).getText())).toList();
    }

    private static List<String> column(XWPFTable table, int column) {
        return table.getRows().stream().skip(1).map(row -> text(row, column)).toList();
    }

    private static XWPFTableRow row(XWPFTable table, String requirement) {
        return table.getRows().stream().skip(1).filter(r -> text(r, 0).startsWith(requirement + " ")).findFirst().orElseThrow();
    }

    /** Every coloured mark (status or verdict) in the body's paragraphs and tables. */
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
    void theTitlePageAndTheSummaryGiveEachBiddersDutchVerdict() throws IOException {
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
            assertThat(headings(body, 1)).containsExactly("Samenvatting", "Rangorde", "Matrix",
                    COMPLIANT + " (NL) Voldoet", EXCLUDED + " (NL) Uitgesloten", CONDITIONAL + " (NL) Voorwaardelijk");
            List<IBodyElement> summary = section(body, 1, "Samenvatting");
            assertThat(headings(summary, 2)).containsExactly(
                    COMPLIANT + " (NL) Voldoet", EXCLUDED + " (NL) Uitgesloten", CONDITIONAL + " (NL) Voorwaardelijk");
            // Per bidder the count of every status, zeros too, under the Dutch status names.
            XWPFTable counts = tables(section(summary, 2, EXCLUDED)).get(0);
            GapReport.SupplierReport excluded = supplier(dutch, EXCLUDED);
            assertThat(counts.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactlyElementsOf(excluded.summary().keySet().stream()
                            .map(s -> Labels.statusShort(s, Language.NL)).toList());
            assertThat(column(counts, 1)).containsExactly(String.valueOf(excluded.summary().get(GapStatus.ACCEPTED)));

            XWPFTable ranking = tables(section(body, 1, "Rangorde")).get(0);
            assertThat(column(ranking, 1)).containsExactly(COMPLIANT, CONDITIONAL, EXCLUDED);
            assertThat(column(ranking, 2)).containsExactly("Voldoet", "Voorwaardelijk", "Uitgesloten");
            assertThat(column(ranking, 3)).containsExactly("0", "0", "2");
            // Word's heading styles, so the navigation pane and the table of contents work.
            assertThat(document.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("2");
            assertThat(document.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyleID())).map(XWPFParagraph::getText))
                    .containsExactly("Samenvatting", "Rangorde", "Matrix",
                            COMPLIANT + " (NL)", EXCLUDED + " (NL)", CONDITIONAL + " (NL)");
        }
    }

    @Test
    void theMatrixHasOneRowPerRequirementLineWithEachBiddersStatus() throws IOException {
        GapReport.Matrix matrix = dutch.matrix();
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> section = section(document.getBodyElements(), 1, "Matrix");
            XWPFTable table = tables(section).get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Eis", COMPLIANT, EXCLUDED, CONDITIONAL);
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
            assertThat(text(row(table, "EW-WEB-04 (wens)"), 3)).isEqualTo("tekort");
            assertThat(text(row(table, "EW-SUIT-04"), 2)).isEqualTo("tekort");
            assertThat(section).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(XWPFParagraph.class,
                    p -> assertThat(p.getText()).isEqualTo(Labels.WISH_MARK.nl())));
        }
    }

    @Test
    void theExcludedBiddersKnockOutGapsAreThereWithTheirReasons() throws IOException {
        GapReport.SupplierReport excluded = supplier(dutch, EXCLUDED);
        GapReport.Item certificate = excluded.suitability().stream().filter(i -> i.requirement().equals("EW-SUIT-01"))
                .findFirst().orElseThrow();
        assertThat(excluded.roadmap().knockOut()).extracting(GapReport.Action::requirement).contains("EW-SUIT-01");
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> summary = section(section(document.getBodyElements(), 1, "Samenvatting"), 2, EXCLUDED);
            assertThat(headings(summary, 3)).containsExactly("Knock-outs: niet na gunning te herstellen (2)");
            XWPFTable knockOuts = tables(summary).get(1);
            assertThat(column(knockOuts, 0)).containsExactlyElementsOf(excluded.roadmap().knockOut().stream()
                    .map(a -> a.requirement() + " " + a.title()).toList());
            assertThat(column(knockOuts, 1)).containsOnly("tekort");

            List<IBodyElement> bidder = section(document.getBodyElements(), 1, EXCLUDED);
            XWPFTableRow suitability = row(tables(section(bidder, 2, "Geschiktheid")).get(0), "EW-SUIT-01");
            assertThat(text(suitability, 1)).isEqualTo("tekort");
            assertThat(text(suitability, 2)).isEqualTo(certificate.threshold());
            assertThat(text(suitability, 3)).isEqualTo(certificate.actual());
            // The open items list it again, with every reason and the rule behind it.
            List<IBodyElement> open = section(bidder, 2, "Open punten (" + GapTerms.open(excluded).size() + ")");
            XWPFTableRow row = row(tables(open).get(0), "EW-SUIT-01");
            assertThat(text(row, 0)).isEqualTo("EW-SUIT-01 " + certificate.title() + " (geschiktheidseis)");
            assertThat(text(row, 1)).isEqualTo("tekort");
            assertThat(row.getCell(2).getParagraphs()).hasSize(certificate.reasons().size());
            for (Pve.Reason reason : certificate.reasons()) {
                assertThat(row.getCell(2).getText()).contains(reason.explanation() + " (" + reason.rule() + ")");
            }
            assertThat(row.getCell(2).getText())
                    .contains("Het ISO27001-certificaat was geldig tot 2025-02-28", "(certificate-expired)");
        }
    }

    @Test
    void theRoadmapGivesItsDueDateAndEveryPhaseWithItsActions() throws IOException {
        GapReport.SupplierReport excluded = supplier(dutch, EXCLUDED);
        assertThat(excluded.roadmap().phases()).isNotEmpty();
        try (XWPFDocument document = open(dutchDocx)) {
            List<IBodyElement> roadmap = section(section(document.getBodyElements(), 1, EXCLUDED), 2, "Roadmap");
            assertThat(roadmap).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(XWPFParagraph.class,
                    p -> assertThat(p.getText()).isEqualTo("Roadmap uiterlijk: " + excluded.roadmap().due())));
            Stream<String> phases = excluded.roadmap().phases().stream()
                    .map(p -> "Fase " + p.phase() + ": " + p.label() + " (mijlpaal " + p.milestone() + ")");
            assertThat(headings(roadmap, 3)).containsExactlyElementsOf(
                    Stream.concat(Stream.of("Knock-outs: niet na gunning te herstellen"), phases).toList());
            assertThat(headings(roadmap, 3).get(1)).isEqualTo("Fase 1: Identiteit en toegang (mijlpaal 2026-10-31)");
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
            assertThat(headings(section(document.getBodyElements(), 1, COMPLIANT), 2))
                    .containsExactly("Geschiktheid", "Open punten (0)", "Aangetoond of afwijking aanvaard (129)");
            XWPFTable warnings = tables(section(section(document.getBodyElements(), 1, CONDITIONAL), 2, "Waarschuwingen")).get(0);
            assertThat(warnings.getRows()).hasSize(supplier(dutch, CONDITIONAL).warnings().size() + 1);
        }
    }

    @Test
    void theForeignBiddersRelianceAndWhatIsAskedBeforeSigningAreInItsSection() throws IOException {
        GapReport report = ExampleReports.gap(Language.NL, "foreign");
        GapReport.SupplierReport foreign = report.suppliers().get(0);
        try (XWPFDocument document = open(GapDocx.write(report))) {
            List<IBodyElement> bidder = section(document.getBodyElements(), 1, foreign.name());
            XWPFTable reliances = tables(section(bidder, 2, "Beroep op derden")).get(0);
            assertThat(column(reliances, 0)).containsExactly("Rechenzentrum Nord GmbH");
            assertThat(column(reliances, 1)).containsExactly("hosting");
            assertThat(column(reliances, 3).get(0)).contains(foreign.reliances().get(0).explanation(),
                    "(certificate-of-relied-on-party)");
            List<IBodyElement> roadmap = section(bidder, 2, "Roadmap");
            assertThat(headings(roadmap, 3)).containsExactly("Vóór ondertekening van het contract");
            assertThat(column(tables(roadmap).get(0), 0)).containsExactly("EW-SUIT-02 Aansprakelijkheidsverzekering");
            assertThat(column(tables(roadmap).get(0), 1)).containsExactly("aangetoond");
        }
    }

    @Test
    void theDutchDocumentSaysNothingInEnglish() throws IOException {
        try (XWPFDocument document = open(dutchDocx)) {
            List<String> dutchMarks = Stream.concat(Stream.of(GapStatus.values()).map(s -> Labels.statusShort(s, Language.NL)),
                    Stream.of("Voldoet", "Voorwaardelijk", "Uitgesloten")).toList();
            assertThat(marks(document)).isNotEmpty().allSatisfy(mark -> assertThat(mark).isIn(dutchMarks));
            // Rule names stay as they are, like every rendering shows them, and the rules quote the answer code the
            // bidder entered ('complies', as in the answer sheet); apart from those, no English word and no status code.
            String text = new XWPFWordExtractor(document).getText()
                    .replaceAll("\\([a-z0-9]+(-[a-z0-9]+)*\\)", "")
                    .replaceAll("'(complies|partially-complies|does-not-comply|not-applicable)'", "");
            for (String english : List.of("yes", "complies", "MET", "ACCEPTED", "GAP", "WAIVED", "ADMISSIBLE", "EXCLUDED", "ADMISSIBLE",
                    "Compliant", "Excluded", "Conditional", "Summary", "Ranking", "Bidder", "Verdict", "Requirement",
                    "Suitability", "Threshold", "Actual", "Warnings", "Open items", "Met or waived", "Roadmap due", "Phase",
                    "milestone", "Explanation", "Why", "waived", "claimed only", "evidence expired", "to show after award",
                    "unanswered", "out of scope", "partial", "Reference date", "Fingerprint", "Catalogue", "Page", "Contents",
                    "Gap report")) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(english) + "\\b").matcher(text).find()).as(english).isFalse();
            }
        }
    }

    @Test
    void theEnglishDocumentSaysNothingInDutch() throws IOException {
        try (XWPFDocument document = open(englishDocx)) {
            List<IBodyElement> body = document.getBodyElements();
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Gap report");
            assertThat(headings(body, 1)).containsExactly("Summary", "Ranking", "Matrix",
                    COMPLIANT + " (NL) Compliant", EXCLUDED + " (NL) Excluded", CONDITIONAL + " (NL) Conditional");
            GapReport.SupplierReport excluded = supplier(english, EXCLUDED);
            assertThat(headings(section(body, 1, EXCLUDED), 2)).containsExactly("Suitability",
                    "Open items (" + GapTerms.open(excluded).size() + ")", "Met or waived (" + GapTerms.settled(excluded).size() + ")",
                    "Roadmap");
            List<String> englishMarks = Stream.concat(Stream.of(GapStatus.values()).map(s -> Labels.statusShort(s, Language.EN)),
                    Stream.of("Compliant", "Conditional", "Excluded")).toList();
            assertThat(marks(document)).isNotEmpty().allSatisfy(mark -> assertThat(mark).isIn(englishMarks));
            // The bidders' own explanations are quoted as they wrote them; the document's words are English.
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Reference date: 2025-07-07", "Phase 1: Identity and access (milestone 2026-10-31)",
                    "Knock-outs: cannot be remediated after award", "Page")
                    .doesNotContain("Gap-rapport", "Samenvatting", "Rangorde", "Oordeel", "Inschrijver", "Geschiktheid",
                            "Waarschuwingen", "Open punten", "Aangetoond of afwijking aanvaard", "Roadmap uiterlijk", "Fase ",
                            "mijlpaal", "aangetoond", "tekort", "na gunning te tonen", "onbeantwoord", "alleen verklaard",
                            "Voldoet", "Uitgesloten", "Voorwaardelijk", "Peildatum", "Vingerafdruk", "Catalogus", "Toelichting",
                            "Drempel", "Feitelijk", "Waarom", "Pagina", "Inhoud", "Eis\t", "(eis)", "(wens)");
        }
    }

    @Test
    void theSameReportGivesTheSameDocument() throws IOException {
        assertThat(PveDocxTest.parts(GapDocx.write(dutch))).isEqualTo(PveDocxTest.parts(dutchDocx));
    }
}
