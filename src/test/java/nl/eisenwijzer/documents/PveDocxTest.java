package nl.eisenwijzer.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.pve.Pve;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The Word annex of the Velsen PvE, re-opened with POI and read as Word would. */
class PveDocxTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();

    private static Pve velsen(Language language) throws IOException {
        return ENGINE.pve(ENGINE.readProfile(Files.readString(Path.of("examples/velsen-awareness.yaml")), Format.YAML),
                language);
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> texts(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText)
                .toList();
    }

    /** The requirement tables: those with the bidder's answer column. */
    private static List<XWPFTable> requirementTables(XWPFDocument document, String answerHeader) {
        return document.getTables().stream().filter(t -> t.getRow(0).getCell(5) != null
                && t.getRow(0).getCell(5).getText().equals(answerHeader)).toList();
    }

    private static Map<String, List<Pve.Line>> byDomain(Pve pve) {
        Map<String, List<Pve.Line>> domains = new LinkedHashMap<>();
        pve.requirements().forEach(l -> domains.computeIfAbsent(l.domain(), k -> new ArrayList<>()).add(l));
        return domains;
    }

    @Test
    void theTitlePagePinsPurchaseBuyerDateCatalogueAndFingerprint() throws IOException {
        Pve pve = velsen(Language.NL);
        try (XWPFDocument document = open(new PveDocx(ENGINE.catalog()).write(pve))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Bijlage A \u2014 Programma van Eisen");
            assertThat(paragraphs.get(0).getStyleID()).isEqualTo("Title");
            assertThat(paragraphs.get(1).getText()).isEqualTo("Leerprogramma Privacy & Informatiebeveiliging");
            assertThat(paragraphs.subList(2, 7)).extracting(XWPFParagraph::getText).containsExactly(
                    "Opdrachtgever: Gemeente Velsen", "Peildatum: 2025-07-07",
                    "Producttypen: Bewustwordingstraining, Software-as-a-Service (SaaS)",
                    "Catalogusversie: " + pve.catalogVersion(), "Vingerafdruk: " + pve.fingerprint());
            // The footer of the other pages carries the fingerprint and the page number field.
            assertThat(document.getFooterList()).anySatisfy(footer -> {
                assertThat(footer.getText()).contains(pve.fingerprint(), "Pagina");
                assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE ", " NUMPAGES ");
            });
            assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo("Eisenwijzer");
            assertThat(document.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(Instant.parse("2025-07-07T00:00:00Z"));
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
        }
    }

    @Test
    void everyDomainIsANumberedHeadingInARealHeadingStyleWithATableOfItsLines() throws IOException {
        Pve pve = velsen(Language.NL);
        Map<String, List<Pve.Line>> domains = byDomain(pve);
        try (XWPFDocument document = open(new PveDocx(ENGINE.catalog()).write(pve))) {
            List<String> expected = new ArrayList<>();
            int chapter = 0;
            for (String domain : domains.keySet()) {
                expected.add(++chapter + " " + ENGINE.catalog().domainsById().get(domain).label().nl());
            }
            assertThat(texts(document, "Heading1")).containsSubsequence(expected)
                    .contains("Leeswijzer", "Verantwoording: waarom deze eisen").contains("3 Identiteit en toegang");
            // The styles exist in the styles part, as Word's built-in headings, with outline levels for the
            // navigation pane and the table of contents.
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("0");
            assertThat(document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("1");
            assertThat(document.getDocument().getBody().xmlText()).contains("TOC \\o \"1-1\" \\h \\z \\u");
            assertThat(document.isEnforcedUpdateFields()).isTrue();
            // The table of contents is filled before any update: one entry per chapter.
            assertThat(texts(document, "TOC1")).containsSubsequence(expected);

            List<XWPFTable> tables = requirementTables(document, "Antwoord inschrijver");
            assertThat(tables).hasSize(domains.size());
            int i = 0;
            for (List<Pve.Line> lines : domains.values()) {
                XWPFTable table = tables.get(i++);
                assertThat(table.getRows()).hasSize(lines.size() + 1);
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(i + ".1");
                assertThat(table.getRow(1).getCell(2).getText()).startsWith(lines.get(0).id());
                assertThat(table.getRows().subList(1, table.getRows().size()))
                        .allSatisfy(row -> assertThat(row.getCell(5).getText()).isEmpty());
            }
        }
    }

    @Test
    void eachRowSaysEisOrWensAndNamesWhatItSatisfiesAndTheEvidenceAsked() throws IOException {
        Pve pve = velsen(Language.NL);
        Pve.Line processorAgreement = line(pve, "AVG-28");
        Pve.Line wish = pve.requirements().stream().filter(l -> l.kind() == Kind.WENS).findFirst().orElseThrow();
        Pve.Line merged = pve.requirements().stream().filter(l -> l.satisfies().size() > 1).findFirst().orElseThrow();
        try (XWPFDocument document = open(new PveDocx(ENGINE.catalog()).write(pve))) {
            List<XWPFTable> tables = requirementTables(document, "Antwoord inschrijver");
            XWPFTableRow must = row(tables, processorAgreement.id());
            assertThat(must.getCell(1).getText()).isEqualTo("Eis (knock-out)");
            assertThat(must.getCell(2).getParagraphs().get(0).getRuns().get(1).isBold()).isTrue();
            assertThat(must.getCell(2).getText()).contains(processorAgreement.title(), processorAgreement.text())
                    .contains("AVG-28.3.a  Verwerking alleen op instructie. ");
            assertThat(must.getCell(4).getText()).contains("Getekende verwerkersovereenkomst");
            assertThat(row(tables, wish.id()).getCell(1).getText()).isEqualTo("Wens (gunningscriterium), gewicht " + wish.weight());
            // A contract condition names the evidence it is verified with after award.
            assertThat(row(tables, "EW-CLOUD-03").getCell(1).getText()).isEqualTo("Contract\u00ADvoorwaarde");
            assertThat(row(tables, "EW-CLOUD-03").getCell(4).getText()).startsWith("Verificatie na gunning:");
            // A declaration line points at its annex, which lists every requirement in it.
            assertThat(row(tables, "EW-DECL-BIO2").getCell(2).getText()).contains("Uitwerking: Bijlage bij 1.2 (");
            XWPFTable annex = document.getTables().stream()
                    .filter(t -> t.getRows().size() > 1 && t.getRow(1).getCell(0).getText().startsWith("BIO2-5.1"))
                    .findFirst().orElseThrow();
            assertThat(annex.getRows()).hasSize(pve.annexes().get(0).entries().size() + 1);
            assertThat(row(tables, merged.id()).getCell(3).getText()).contains(merged.satisfies().toArray(String[]::new));
            // The reading guide lists the evidence types this PvE asks, with their catalogue labels.
            XWPFTable evidence = document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Code"))
                    .findFirst().orElseThrow();
            List<String> asked = pve.requirements().stream().flatMap(l -> l.evidence().stream()).distinct().toList();
            assertThat(evidence.getRows().subList(1, evidence.getRows().size()))
                    .extracting(r -> r.getCell(0).getText()).containsExactlyInAnyOrderElementsOf(asked);
            assertThat(new XWPFWordExtractor(document).getText())
                    .contains("ISO27001\tISO/IEC 27001-certificaat\tcertificaat\tja",
                            "complies: u voldoet volledig", "not-applicable: de eis is op uw aanbod niet van toepassing",
                            // The appendix gives every reason with its rule.
                            "(processor-agreement-is-an-eis)", "Wettelijke grondslag: AVG art. 28");
        }
    }

    @Test
    void anEnglishPveGivesAnEnglishAnnex() throws IOException {
        Pve pve = velsen(Language.EN);
        try (XWPFDocument document = open(new PveDocx(ENGINE.catalog()).write(pve))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Annex A \u2014 Requirements programme");
            assertThat(texts(document, "Heading1")).contains("Reading guide", "1 Governance and policy",
                    "Justification: why these requirements");
            List<XWPFTable> tables = requirementTables(document, "Bidder's answer");
            assertThat(row(tables, "AVG-28").getCell(1).getText()).isEqualTo("Requirement (knock-out)");
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Wish (award criterion), weight", "Contract condition", "Reference date: 2025-07-07",
                            "Annex to 1.2 EW-DECL-BIO2", pve.fingerprint())
                    .doesNotContain("Eis (knock-out)", "Peildatum", "Bijlage bij", "Contractvoorwaarde");
        }
    }

    @Test
    void theSamePveGivesTheSameDocument() throws IOException {
        Pve pve = velsen(Language.NL);
        byte[] first = new PveDocx(ENGINE.catalog()).write(pve);
        byte[] second = new PveDocx(ENGINE.catalog()).write(velsen(Language.NL));
        assertThat(parts(second)).isEqualTo(parts(first));
    }

    /** Every part of the package by name, so two documents compare by content, not by zip timestamps. */
    static Map<String, String> parts(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Pve.Line line(Pve pve, String id) {
        return pve.requirements().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static XWPFTableRow row(List<XWPFTable> tables, String id) {
        return tables.stream().flatMap(t -> t.getRows().stream())
                .filter(r -> r.getCell(2).getText().startsWith(id + " ")).findFirst().orElseThrow();
    }
}
