package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.WordDocument.text;

import java.util.List;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.Answer;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Labels;
import nl.eisenwijzer.report.LineFacts;
import nl.eisenwijzer.report.PveChapters;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The PvE as a Word tender annex: a title page that pins catalogue and fingerprint, a table of contents, a
 * reading guide (the four kinds of line, how to answer, which evidence counts), one chapter per domain with a
 * table of its lines (sub-points under their text) and an empty answer column, the annexes of the declaration
 * lines, and an appendix with the reasons, legal basis and tailoring behind every line. Written
 * in the PvE's language; the same PvE gives the same document.
 */
public final class PveDocx {

    private static final Text ANNEX_TITLE = Text.of("Bijlage A \u2014 Programma van Eisen",
            "Annex A \u2014 Requirements programme");
    private static final Text GUIDE = Text.of("Leeswijzer", "Reading guide");
    private static final Text MUST_AND_SHOULD = Text.of("Vier soorten regels", "Four kinds of line");
    private static final java.util.Map<Kind, Text> KIND_MEANING = java.util.Map.of(
            Kind.EIS, Text.of("een knock-outcriterium, bij gunning getoetst. Een inschrijving die niet aan een eis voldoet, wordt uitgesloten.",
                    "a knock-out criterion, checked at award. A bid that does not meet a requirement is set aside."),
            Kind.WENS, Text.of("een gunningscriterium. De mate waarin u aan een wens voldoet, telt mee naar het gewicht dat bij de wens staat.",
                    "an award criterion. How far you meet a wish counts by the weight stated with it."),
            Kind.CONTRACTVOORWAARDE, Text.of("wat de opdrachtnemer tijdens het contract doet. U aanvaardt de voorwaarde door in te schrijven; "
                    + "na gunning wordt zij getoetst (audit, assurancerapport, pentest). Een voorbehoud maakt de inschrijving ongeldig.",
                    "what the contractor does during the contract. You accept the condition by bidding; after award it is "
                    + "verified (audit, assurance report, pentest). A reservation makes the bid invalid."),
            Kind.GESCHIKTHEIDSEIS, Text.of("een eis aan u als inschrijver: certificaten, referenties, verzekering, verklaringen.",
                    "a requirement on you as bidder: certificates, references, insurance, statements."));
    private static final Text HOW_TO_ANSWER = Text.of("Zo beantwoordt u het programma", "How to answer");
    private static final Text ACCEPTED_EVIDENCE = Text.of("Geaccepteerd bewijs", "Accepted evidence");
    private static final Text JUSTIFICATION = Text.of("Verantwoording: waarom deze eisen",
            "Justification: why these requirements");
    private static final Text NOT_ASKED = Text.of("Geselecteerd maar niet gevraagd", "Selected but not asked");
    private static final Text NUMBER = Text.of("Nr.", "No.");
    private static final Text EVIDENCE = Text.of("Gevraagd bewijs", "Evidence asked");
    private static final Text ANSWER = Text.of("Antwoord inschrijver", "Bidder's answer");
    private static final Text EVIDENCE_KIND = Text.of("Soort", "Kind");
    private static final Text INDEPENDENT = Text.of("Onafhankelijk", "Independent");
    private static final Text EXPLANATION = Text.of("Toelichting", "Explanation");
    private static final String NONE = "\u2014";

    private static final int[] REQUIREMENT_COLUMNS = {520, 1750, 3050, 1100, 1300, 1350};
    private static final int[] EVIDENCE_COLUMNS = {2100, 4620, 1100, 1250};
    private static final int[] REASON_COLUMNS = {620, 1900, 6550};
    private static final int[] EXCLUSION_COLUMNS = {2520, 6550};
    private static final int[] ANNEX_COLUMNS = {2520, 6550};

    private final Catalog catalog;

    public PveDocx(Catalog catalog) {
        this.catalog = catalog;
    }

    public byte[] write(Pve pve) {
        PveTerms terms = new PveTerms(catalog, pve.language());
        PveChapters chapters = PveChapters.of(pve);
        WordDocument word = new WordDocument(pve.language());
        word.properties(terms.in(ANNEX_TITLE) + ": " + pve.title(), pve.fingerprint(), pve.profile().referenceDate());
        word.footer(pve.fingerprint());
        titlePage(word, pve, terms);
        word.tableOfContents(1);
        guide(word, pve, chapters, terms);
        for (PveChapters.Chapter chapter : chapters.chapters()) {
            requirements(word, pve, chapters, chapter, terms, chapter.number() == 1);
        }
        for (LineFacts.Annexed annexed : LineFacts.annexed(pve, chapters)) {
            annex(word, chapters, annexed, terms);
        }
        justification(word, pve, chapters, terms);
        return word.bytes();
    }

    private void titlePage(WordDocument word, Pve pve, PveTerms terms) {
        word.paragraph("Title", terms.in(ANNEX_TITLE));
        word.paragraph("Subtitle", pve.title());
        if (pve.profile().organisation() != null) {
            word.term("TitlePageDetail", terms.in(PveTerms.BUYER), pve.profile().organisation());
        }
        word.term("TitlePageDetail", terms.in(PveTerms.REFERENCE_DATE), pve.profile().referenceDate().toString());
        word.term("TitlePageDetail", terms.in(Labels.PRODUCT_TYPES), pve.profile().productTypes().stream()
                .map(id -> catalog.productTypesById().get(id).label().in(terms.language())).collect(Collectors.joining(", ")));
        word.term("TitlePageDetail", terms.in(PveTerms.CATALOGUE), pve.catalogVersion());
        word.term("TitlePageDetail", terms.in(PveTerms.FINGERPRINT), pve.fingerprint());
        word.paragraph("Normal");
        word.paragraph("Normal", terms.in(Text.of(
                "Dit programma is samengesteld met Eisenwijzer. De vingerafdruk legt vast uit welke catalogus, regels en "
                        + "inkoopprofiel het is afgeleid: wie die drie opnieuw invoert, krijgt hetzelfde programma.",
                "This programme was compiled with Eisenwijzer. The fingerprint records the catalogue, rules and "
                        + "procurement profile it was derived from: entering those three again gives the same programme.")));
    }

    private void guide(WordDocument word, Pve pve, PveChapters chapters, PveTerms terms) {
        Pve.Summary summary = pve.summary();
        word.heading(1, terms.in(GUIDE), true);
        word.heading(2, terms.in(MUST_AND_SHOULD), false);
        word.paragraph("Normal", terms.in(Text.of(
                "Dit programma telt " + summary.lines() + " regels in " + chapters.chapters().size()
                        + " hoofdstukken, één per onderwerp. Elke regel heeft een van vier soorten:",
                "This programme holds " + summary.lines() + " lines in " + chapters.chapters().size()
                        + " chapters, one per subject. Every line is of one of four kinds:")));
        for (Kind kind : Kind.values()) {
            if (summary.of(kind) > 0) {
                word.term("TermList", Labels.kind(kind, terms.language()) + " (" + summary.of(kind) + ")",
                        terms.in(KIND_MEANING.get(kind)));
            }
        }
        if (summary.requirements() > summary.lines()) {
            word.paragraph("Normal", terms.in(Text.of(
                    "Waar eisen uit verschillende kaders hetzelfde vragen, staan ze op één regel: u beantwoordt ze één keer. "
                            + "De kolom \u2018" + Labels.SATISFIES.nl() + "\u2019 noemt alle eisen die de regel beantwoordt ("
                            + summary.requirements() + " in totaal).",
                    "Where requirements from different frameworks ask the same, they share one line and you answer them "
                            + "once. The column \u2018" + Labels.SATISFIES.en() + "\u2019 names every requirement the line answers ("
                            + summary.requirements() + " in all).")));
        }
        word.heading(2, terms.in(HOW_TO_ANSWER), false);
        word.paragraph("Normal", terms.in(Text.of(
                "Beantwoord elke regel in het antwoordblad (Excel) bij dit programma; de regelnummers (zoals 1.1) zijn daarin "
                        + "dezelfde. Kies per regel een van deze antwoorden:",
                "Answer every line in the answer sheet (Excel) that comes with this programme; the line numbers (such as "
                        + "1.1) are the same there. Choose one of these answers per line:")));
        for (Answer answer : Answer.values()) {
            word.term("TermList", answer.wire(), terms.meaning(answer));
        }
        word.paragraph("Normal", terms.in(Text.of(
                "Licht elk antwoord toe en noem de soorten bewijs waarop u steunt, met de codes uit de tabel hieronder. "
                        + "De kolom \u2018" + EVIDENCE.nl() + "\u2019 noemt per regel welk bewijs wordt verwacht. "
                        + "Vul in het antwoordblad ook uw certificaten, rapporten, documenten, verzekering en referenties in.",
                "Explain every answer and name the kinds of evidence you rely on, by the codes in the table below. "
                        + "The column \u2018" + EVIDENCE.en() + "\u2019 gives the evidence expected per line. "
                        + "Enter your certificates, reports, documents, insurance and references in the answer sheet too.")));
        word.heading(2, terms.in(ACCEPTED_EVIDENCE), false);
        word.paragraph("Normal", terms.in(Text.of(
                "Dit programma vraagt de volgende soorten bewijs. \u2018Onafhankelijk\u2019 betekent: afgegeven door een "
                        + "onafhankelijke partij, zoals een certificerende instelling, auditor of tester.",
                "This programme asks for the following kinds of evidence. \u2018Independent\u2019 means: issued by an "
                        + "independent party, such as a certification body, auditor or tester.")));
        XWPFTable table = word.table(EVIDENCE_COLUMNS,
                List.of(terms.in(PveTerms.CODE), terms.in(PveTerms.DESCRIPTION), terms.in(EVIDENCE_KIND), terms.in(INDEPENDENT)));
        for (EvidenceType type : terms.evidenceTypesAsked(pve)) {
            XWPFTableRow row = table.createRow();
            text(row, 0, type.id());
            text(row, 1, type.label().in(terms.language()));
            text(row, 2, terms.kind(type.kind()));
            text(row, 3, terms.yesNo(type.thirdParty()));
        }
    }

    private void requirements(WordDocument word, Pve pve, PveChapters chapters, PveChapters.Chapter chapter, PveTerms terms,
            boolean newPage) {
        word.heading(1, chapter.number() + " " + terms.domain(chapter.domain()), newPage);
        XWPFTable table = word.table(REQUIREMENT_COLUMNS, List.of(terms.in(NUMBER), terms.in(Labels.KIND), terms.in(Labels.REQUIREMENT),
                terms.in(Labels.SATISFIES), terms.in(EVIDENCE), terms.in(ANSWER)));
        for (PveChapters.NumberedLine numbered : chapter.lines()) {
            Pve.Line line = numbered.line();
            XWPFTableRow row = numberedRow(table, numbered);
            XWPFRun kind = WordDocument.cell(row.getCell(1), "TableText").createRun();
            // A soft hyphen lets the long Dutch word break where Dutch breaks it, whatever font the reader has.
            kind.setText(terms.kind(line.kind(), line.weight()).replace("Contractvoorwaarde", "Contract\u00ADvoorwaarde"));
            kind.setBold(line.kind().knockOut());
            XWPFParagraph heading = WordDocument.cell(row.getCell(2), "TableText");
            WordDocument.muted(heading, line.id() + "  ");
            WordDocument.bold(heading, line.title());
            text(row, 2, line.text());
            line.items().forEach(item -> item(row.getCell(2), item));
            if (line.annex() != null) {
                LineFacts.of(catalog, pve, chapters, line).stream().filter(f -> f.label() == Labels.SEE_ANNEX)
                        .forEach(f -> labelled(row.getCell(2), terms.in(f.label()), f.value()));
            }
            line.satisfies().forEach(requirement -> text(row, 3, requirement));
            if (!line.mapsTo().isEmpty()) {
                XWPFParagraph related = WordDocument.cell(row.getCell(3), "TableText");
                XWPFRun label = related.createRun();
                label.setItalic(true);
                label.setText(terms.in(Labels.RELATED) + ": ");
                related.createRun().setText(String.join(", ", line.mapsTo()));
            }
            if (line.evidence().isEmpty()) {
                text(row, 4, NONE);
            } else if (line.kind() == Kind.CONTRACTVOORWAARDE) {
                XWPFRun after = WordDocument.cell(row.getCell(4), "TableText").createRun();
                after.setItalic(true);
                after.setText(terms.in(Labels.VERIFICATION) + ":");
            }
            line.evidence().forEach(type -> text(row, 4, terms.evidence(type)));
        }
    }

    /** A sub-point under the line's text: its id, title in bold, and text. */
    private static void item(XWPFTableCell cell, Pve.Item item) {
        XWPFParagraph paragraph = WordDocument.cell(cell, "TableText");
        paragraph.setIndentationLeft(227);
        WordDocument.muted(paragraph, item.id() + "  ");
        WordDocument.bold(paragraph, item.title() + ". ");
        paragraph.createRun().setText(item.text());
    }

    private static void labelled(XWPFTableCell cell, String label, String value) {
        XWPFParagraph paragraph = WordDocument.cell(cell, "TableText");
        XWPFRun run = paragraph.createRun();
        run.setItalic(true);
        run.setText(label + ": ");
        paragraph.createRun().setText(value);
    }

    /** The annex of a declaration line: every requirement it makes applicable, with its sub-points. */
    private void annex(WordDocument word, PveChapters chapters, LineFacts.Annexed annexed, PveTerms terms) {
        word.heading(1, LineFacts.annexHeading(chapters, annexed.line().line(), annexed.annex(), terms.language()), true);
        word.paragraph("Normal", terms.in(Text.of(
                "Deze eisen gelden als geheel via regel " + annexed.line().number() + "; u beantwoordt ze op die regel.",
                "These requirements apply as a whole through line " + annexed.line().number() + "; you answer them on that line.")));
        XWPFTable table = word.table(ANNEX_COLUMNS, List.of(terms.in(Labels.REQUIREMENT), terms.in(Labels.TEXT)));
        for (Pve.Annex.Entry entry : annexed.annex().entries()) {
            XWPFTableRow row = table.createRow();
            XWPFParagraph heading = WordDocument.cell(row.getCell(0), "TableText");
            WordDocument.bold(heading, entry.id());
            text(row, 0, entry.title());
            text(row, 0, Labels.strength(entry.strength(), terms.language()));
            text(row, 1, entry.text());
            entry.items().forEach(item -> item(row.getCell(1), item));
        }
    }

    private void justification(WordDocument word, Pve pve, PveChapters chapters, PveTerms terms) {
        word.heading(1, terms.in(JUSTIFICATION), true);
        word.paragraph("Normal", terms.in(Text.of(
                "Per regel de beslisregels die de eis in dit programma opnamen, die de soort bepaalden (eis, wens, "
                        + "contractvoorwaarde of geschiktheidseis) en die eisen samenvoegden, elk met de naam van de regel en "
                        + "de toelichting; de wettelijke grondslag; en wat de opdrachtgever aanpaste, met de reden.",
                "Per line, the decision rules that put the requirement in this programme, that set its kind (requirement, "
                        + "wish, contract condition or suitability requirement) and that merged requirements, each with the "
                        + "rule's name and explanation; the legal basis; and what the buyer changed, with the reason.")));
        for (PveChapters.Chapter chapter : chapters.chapters()) {
            word.heading(2, chapter.number() + " " + terms.domain(chapter.domain()), false);
            XWPFTable table = word.table(REASON_COLUMNS,
                    List.of(terms.in(NUMBER), terms.in(Labels.REQUIREMENT), terms.in(EXPLANATION)));
            for (PveChapters.NumberedLine numbered : chapter.lines()) {
                Pve.Line line = numbered.line();
                XWPFTableRow row = numberedRow(table, numbered);
                text(row, 1, line.id());
                for (LineFacts fact : LineFacts.of(catalog, pve, chapters, line)) {
                    if (!fact.plain()) {
                        reasons(row, terms.in(fact.label()), fact.reasons());
                    } else if (fact.label() == Labels.ORIGINAL_TEXT || fact.label() == Labels.LEGAL_BASIS) {
                        labelled(row.getCell(2), terms.in(fact.label()), fact.value());
                    }
                }
            }
        }
        if (!pve.warnings().isEmpty()) {
            word.heading(2, terms.in(Labels.TAILORING_WARNINGS), false);
            XWPFTable table = word.table(EXCLUSION_COLUMNS, List.of(terms.in(Labels.REQUIREMENT), terms.in(EXPLANATION)));
            for (Pve.Warning warning : pve.warnings()) {
                XWPFTableRow row = table.createRow();
                WordDocument.bold(WordDocument.cell(row.getCell(0), "TableText"), warning.line());
                text(row, 0, warning.law());
                reasons(row, terms.in(Labels.LEGAL_BASIS), List.of(new Pve.Reason(warning.rule(), warning.explanation())));
            }
        }
        if (!pve.excluded().isEmpty()) {
            word.heading(2, terms.in(NOT_ASKED), false);
            XWPFTable table = word.table(EXCLUSION_COLUMNS, List.of(terms.in(Labels.REQUIREMENT), terms.in(EXPLANATION)));
            for (Pve.Exclusion exclusion : pve.excluded()) {
                XWPFTableRow row = table.createRow();
                XWPFParagraph requirement = WordDocument.cell(row.getCell(0), "TableText");
                WordDocument.bold(requirement, exclusion.id());
                text(row, 0, exclusion.title());
                reasons(row, terms.in(Labels.WHY), exclusion.reasons());
            }
        }
    }

    /** Each reason as "Kind: explanation (rule-name)" in the last cell of the row. */
    private static void reasons(XWPFTableRow row, String kind, List<Pve.Reason> reasons) {
        for (Pve.Reason reason : reasons) {
            XWPFParagraph paragraph = WordDocument.cell(row.getCell(row.getTableCells().size() - 1), "TableText");
            WordDocument.bold(paragraph, kind + ": ");
            WordDocument.reason(paragraph, reason.explanation(), reason.rule());
        }
    }

    /** A row for a numbered PvE line, with its number in the first column. */
    private static XWPFTableRow numberedRow(XWPFTable table, PveChapters.NumberedLine numbered) {
        XWPFTableRow row = table.createRow();
        text(row, 0, numbered.number());
        return row;
    }
}
