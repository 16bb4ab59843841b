package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.WordDocument.text;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Labels;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The gap report as a Word document for the buyer's evaluation file, holding what the printed report
 * ({@link GapHtml}) holds in the same order: a title page that pins PvE, catalogue and fingerprint, a table of
 * contents, the summary (each bidder's verdict, counts per status and knock-out gaps), the ranking and the
 * requirements × bidders matrix when bidders are compared, then per bidder on a new page its suitability, the
 * parties it relies on, warnings, every requirement with its status and reasons, and its roadmap (with what is
 * asked before the contract is signed). Written in the report's language;
 * the same report gives the same document.
 */
final class GapDocx implements GapTerms.Parts {

    /** A mark's background and text colour: those of print.css, so a status looks the same in the PDF and in Word. */
    private record Mark(String fill, String colour) {
    }

    private static final Map<Verdict, Mark> VERDICT_MARKS = Map.of(
            Verdict.ADMISSIBLE, new Mark("2E7D32", "FFFFFF"),
            Verdict.EXCLUDED, new Mark("B3261E", "FFFFFF"));
    private static final Mark MET = new Mark("E2F0E3", "1E5E22");
    private static final Mark SETTLED_ELSEWHERE = new Mark("E4EBF5", "23456F");
    private static final Mark DOUBTFUL = new Mark("FBEED3", "744800");
    private static final Mark SHORT = new Mark("F9E1DF", "8A1C17");
    private static final Map<GapStatus, Mark> STATUS_MARKS = Map.of(
            GapStatus.MET, MET,
            GapStatus.WAIVED, SETTLED_ELSEWHERE,
            GapStatus.ACCEPTED, SETTLED_ELSEWHERE,
            GapStatus.CLAIMED, DOUBTFUL,
            GapStatus.PARTIAL, DOUBTFUL,
            GapStatus.EVIDENCE_EXPIRED, SHORT,
            GapStatus.GAP, SHORT,
            GapStatus.UNANSWERED, SHORT,
            GapStatus.OUT_OF_SCOPE, SHORT);
    /** Indent of a reason's text after its bullet, in twentieths of a point. */
    private static final int BULLET_INDENT = 200;

    private final WordDocument word;
    private final Language lang;

    private GapDocx(Language language) {
        this.word = new WordDocument(language);
        this.lang = language;
    }

    static byte[] write(GapReport report) {
        return new GapDocx(report.language()).render(report);
    }

    private byte[] render(GapReport report) {
        String kind = Labels.GAP_REPORT.in(lang);
        word.properties(kind + ": " + report.title(), report.fingerprint(), report.referenceDate());
        word.footer(report.fingerprint());
        word.paragraph("Title", kind);
        word.paragraph("Subtitle", report.title());
        PrintDocument.titleFacts(lang, report.referenceDate(), GapTerms.facts(report), report.catalogVersion(),
                report.fingerprint()).forEach(fact -> word.term("TitlePageDetail", fact.label(), fact.value()));
        word.tableOfContents(1);

        word.heading(1, Labels.SUMMARY.in(lang), true);
        String deprecated = Labels.deprecationNotice(report.deprecations(), lang);
        if (deprecated != null) {
            word.paragraph("Normal", deprecated);
        }
        GapTerms.inOrder(report, this);
        return word.bytes();
    }

    @Override
    public void summary(GapReport.SupplierReport s) {
        verdict(word.heading(2, GapTerms.bidder(s), false), s.verdict());
        s.verdictReasons().forEach(reason -> reason(word.paragraph("Normal"), reason.explanation(), reason.rule()));
        XWPFTable counts = word.table(GapTerms.counts(s.summary(), lang));
        WordDocument.narrow(counts);
        XWPFTableRow row = counts.createRow();
        int column = 0;
        for (Integer count : s.summary().values()) {
            text(row, column++, String.valueOf(count));
        }
        if (!s.roadmap().knockOut().isEmpty()) {
            word.heading(3, GapTerms.counted(Labels.KNOCK_OUTS, s.roadmap().knockOut(), lang), false);
            XWPFTable table = word.table(GapTerms.knockOuts(lang));
            s.roadmap().knockOut().forEach(a -> {
                XWPFTableRow knockOut = table.createRow();
                requirement(knockOut.getCell(0), a.requirement(), a.title());
                status(knockOut.getCell(1), a.status());
            });
        }
    }

    @Override
    public void ranking(List<GapReport.Rank> ranking) {
        word.heading(1, Labels.RANKING.in(lang), false);
        XWPFTable table = word.table(GapTerms.ranking(lang));
        ranking.forEach(r -> {
            XWPFTableRow row = table.createRow();
            text(row, 0, Labels.rank(r.rank()));
            text(row, 1, r.name());
            verdict(WordDocument.cell(row.getCell(2), "TableText"), r.verdict());
            text(row, 3, String.valueOf(r.knockOutGaps()));
            text(row, 4, Labels.points(r.points(), lang));
        });
    }

    @Override
    public void matrix(GapReport.Matrix matrix) {
        word.heading(1, Labels.MATRIX.in(lang), false);
        XWPFTable table = word.table(GapTerms.matrix(matrix, lang));
        for (GapReport.Row row : matrix.rows()) {
            XWPFTableRow cells = table.createRow();
            requirement(cells.getCell(0), GapTerms.matrixRequirement(row, lang), row.title());
            for (int i = 0; i < row.statuses().size(); i++) {
                status(cells.getCell(i + 1), row.statuses().get(i));
            }
        }
        WordDocument.muted(word.paragraph("Normal"), Labels.WISH_MARK.in(lang)).setItalic(true);
    }

    @Override
    public void bidder(GapReport.SupplierReport s) {
        verdict(word.heading(1, GapTerms.bidder(s), true), s.verdict());

        word.heading(2, Labels.SUITABILITY.in(lang), false);
        XWPFTable suitability = word.table(GapTerms.suitability(lang));
        s.suitability().forEach(i -> {
            XWPFTableRow row = suitability.createRow();
            requirement(row.getCell(0), i.requirement(), i.title());
            status(row.getCell(1), i.status());
            text(row, 2, GapTerms.orDash(i.threshold()));
            text(row, 3, GapTerms.orDash(i.actual()));
            reasons(row.getCell(4), i.reasons());
        });

        if (!s.reliances().isEmpty()) {
            word.heading(2, Labels.RELIANCES.in(lang), false);
            XWPFTable reliances = word.table(GapTerms.reliances(lang));
            s.reliances().forEach(r -> {
                XWPFTableRow row = reliances.createRow();
                text(row, 0, r.party());
                text(row, 1, r.reliedOnFor().label().in(lang));
                text(row, 2, r.requirement());
                reason(WordDocument.cell(row.getCell(3), "TableText"), r.explanation(), r.rule());
            });
        }

        if (!s.warnings().isEmpty()) {
            word.heading(2, Labels.WARNINGS.in(lang), false);
            XWPFTable warnings = word.table(GapTerms.warnings(lang));
            s.warnings().forEach(w -> {
                XWPFTableRow row = warnings.createRow();
                text(row, 0, w.date().toString());
                text(row, 1, w.subject());
                reason(WordDocument.cell(row.getCell(2), "TableText"), w.explanation(), w.rule());
            });
        }

        List<GapReport.Item> open = GapTerms.open(s);
        items(GapTerms.counted(Labels.OPEN_ITEMS, open, lang), open);
        List<GapReport.Item> settled = GapTerms.settled(s);
        items(GapTerms.counted(GapTerms.SETTLED, settled, lang), settled);
        roadmap(s.roadmap());
    }

    private void items(String heading, List<GapReport.Item> items) {
        word.heading(2, heading, false);
        if (items.isEmpty()) {
            return;
        }
        XWPFTable table = word.table(GapTerms.items(lang));
        items.forEach(i -> {
            XWPFTableRow row = table.createRow();
            XWPFParagraph requirement = requirement(row.getCell(0), i.requirement(), i.title());
            WordDocument.muted(requirement, " (" + Labels.kindShort(i.kind(), lang) + ")");
            status(row.getCell(1), i.status());
            reasons(row.getCell(2), i.reasons());
        });
    }

    private void roadmap(GapReport.Roadmap roadmap) {
        if (!GapTerms.hasRoadmap(roadmap)) {
            return;
        }
        word.heading(2, Labels.ROADMAP.in(lang), false);
        if (roadmap.due() != null) {
            WordDocument.bold(word.paragraph("Normal"), GapTerms.ROADMAP_DUE.in(lang) + ": " + roadmap.due());
            roadmap.dueReasons().forEach(reason -> reason(word.paragraph("Normal"), reason.explanation(), reason.rule()));
        }
        if (!roadmap.knockOut().isEmpty()) {
            word.heading(3, Labels.KNOCK_OUTS.in(lang), false);
            actions(roadmap.knockOut());
        }
        if (!roadmap.beforeSigning().isEmpty()) {
            word.heading(3, Labels.BEFORE_SIGNING.in(lang), false);
            actions(roadmap.beforeSigning());
        }
        for (GapReport.Phase phase : roadmap.phases()) {
            word.heading(3, Labels.PHASE.in(lang) + " " + phase.phase() + ": " + phase.label() + " ("
                    + Labels.MILESTONE.in(lang) + " " + phase.milestone() + ")", false);
            actions(phase.actions());
        }
    }

    private void actions(List<GapReport.Action> actions) {
        XWPFTable table = word.table(GapTerms.actions(lang));
        actions.forEach(a -> {
            XWPFTableRow row = table.createRow();
            requirement(row.getCell(0), a.requirement(), a.title());
            status(row.getCell(1), a.status());
            reason(WordDocument.cell(row.getCell(2), "TableText"), a.explanation(), a.rule());
        });
    }

    /** A requirement id in bold with its title, the way every table starts its rows; returned for a note after it. */
    private static XWPFParagraph requirement(XWPFTableCell cell, String id, String title) {
        XWPFParagraph paragraph = WordDocument.cell(cell, "TableText");
        WordDocument.bold(paragraph, id);
        paragraph.createRun().setText(" " + title);
        return paragraph;
    }

    private void status(XWPFTableCell cell, GapStatus status) {
        Mark mark = STATUS_MARKS.get(status);
        WordDocument.mark(WordDocument.cell(cell, "TableText"), Labels.statusShort(status, lang), mark.fill(), mark.colour());
    }

    /** The verdict as a mark after a bidder's name (or alone in a cell). */
    private void verdict(XWPFParagraph paragraph, Verdict verdict) {
        Mark mark = VERDICT_MARKS.get(verdict);
        if (!paragraph.getRuns().isEmpty()) {
            paragraph.createRun().setText(" ");
        }
        WordDocument.mark(paragraph, Labels.verdict(verdict, lang), mark.fill(), mark.colour());
    }

    /** Each reason a bulleted paragraph of the cell, its rule after it. */
    private static void reasons(XWPFTableCell cell, List<Pve.Reason> reasons) {
        reasons.forEach(reason -> reason(WordDocument.cell(cell, "TableText"), reason.explanation(), reason.rule()));
    }

    /** A reason as a bulleted paragraph whose lines wrap under its text, not under the bullet. */
    private static void reason(XWPFParagraph paragraph, String explanation, String rule) {
        paragraph.setIndentationLeft(BULLET_INDENT);
        paragraph.setIndentationHanging(BULLET_INDENT);
        paragraph.createRun().setText("\u2022");
        paragraph.createRun().addTab();
        WordDocument.reason(paragraph, explanation, rule);
    }
}
