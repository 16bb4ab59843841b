package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.WordDocument.text;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.award.AwardReport;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.GapSections;
import nl.eisenwijzer.report.Labels;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The gap report as a Word document for the buyer's evaluation file, holding what the printed report
 * ({@link GapHtml}) holds in the order of {@link GapSections}: a title page that pins PvE, catalogue and fingerprint, a
 * table of contents, the summary, the award decision's text blocks from a new page, then the annexes (the scoring, the
 * requirements × bidders matrix, each bidder in full on pages of its own). Written in the report's language; the same
 * report gives the same document.
 */
final class GapDocx implements GapSections.Parts {

    /** A mark's background and text colour: those of print.css, so a status looks the same in the PDF and in Word. */
    private record Mark(String fill, String colour) {
    }

    private static final Map<Verdict, Mark> VERDICT_MARKS = Map.of(
            Verdict.ADMISSIBLE, new Mark("2E7D32", "FFFFFF"),
            Verdict.EXCLUDED, new Mark("B3261E", "FFFFFF"));
    private static final Map<AwardReport.LetterOutcome, Mark> LETTER_MARKS = Map.of(
            AwardReport.LetterOutcome.AWARDED, new Mark("2E7D32", "FFFFFF"),
            AwardReport.LetterOutcome.NOT_AWARDED, new Mark("55606D", "FFFFFF"),
            AwardReport.LetterOutcome.EXCLUDED, new Mark("B3261E", "FFFFFF"));
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
    /** Whether the section just opened has nothing in it yet, so that its first bidder needs no page of its own. */
    private boolean sectionStart;

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
        word.tableOfContents(2);
        GapSections.write(report, this);
        return word.bytes();
    }

    @Override
    public void section(GapSections.Section section) {
        // The summary follows the table of contents on a page of its own; every other section starts one.
        word.heading(1, section.heading(), true);
        sectionStart = true;
    }

    @Override
    public void heading(String text) {
        word.heading(2, text, false);
    }

    @Override
    public void paragraph(String text) {
        word.paragraph("Normal", text);
    }

    @Override
    public void notice(String text) {
        word.paragraph("Normal", text);
    }

    @Override
    public void reasons(List<Pve.Reason> list) {
        list.forEach(reason -> reason(word.paragraph("Normal"), reason.explanation(), reason.rule()));
    }

    @Override
    public void advice(String label, String sentence) {
        word.term("Normal", label, sentence);
    }

    @Override
    public void ranking(GapSections.Ranking ranking) {
        XWPFTable table = word.table(GapTerms.ranking(ranking, lang));
        for (GapSections.RankRow r : ranking.rows()) {
            XWPFTableRow row = table.createRow();
            int column = 0;
            text(row, column++, r.place());
            XWPFParagraph bidder = WordDocument.cell(row.getCell(column++), "TableText");
            bidder.createRun().setText(r.bidder());
            if (r.verdict() == Verdict.EXCLUDED) {
                verdict(bidder, r.verdict());
            }
            if (ranking.prices()) {
                number(row, column++, r.price());
            }
            for (String points : r.points()) {
                number(row, column++, points);
            }
        }
        WordDocument.muted(word.paragraph("Normal"), ranking.note());
    }

    @Override
    public void verdicts(List<GapSections.VerdictLine> verdicts) {
        verdicts.forEach(v -> {
            XWPFParagraph line = word.paragraph("Normal");
            WordDocument.bold(line, v.bidder());
            verdict(line, v.verdict());
            line.createRun().setText(" " + v.sentence());
        });
    }

    @Override
    public void decisiveGaps(List<GapSections.GapLine> gaps, List<String> notes) {
        XWPFTable table = word.table(GapTerms.decisiveGaps(lang));
        gaps.forEach(g -> {
            XWPFTableRow row = table.createRow();
            if (g.bidder() != null) {
                WordDocument.bold(WordDocument.cell(row.getCell(0), "TableText"), g.bidder());
            }
            requirement(row.getCell(1), g.item().requirement(), g.item().title());
            status(row.getCell(2), g.item().status());
            reasons(row.getCell(3), g.reasons());
            if (g.more() != null) {
                WordDocument.muted(WordDocument.cell(row.getCell(3), "TableText"), g.more());
            }
        });
        notes.forEach(n -> WordDocument.muted(word.paragraph("Normal"), n));
    }

    @Override
    public void listed(List<GapSections.Listed> lists) {
        lists.forEach(l -> {
            XWPFParagraph line = word.paragraph("Normal");
            WordDocument.bold(line, String.join(", ", l.bidders()));
            line.createRun().setText(" (" + l.count() + "): " + l.text());
        });
    }

    @Override
    public void openItems(List<GapReport.Item> items) {
        XWPFTable table = word.table(GapTerms.openItems(lang));
        items.forEach(i -> {
            XWPFTableRow row = table.createRow();
            WordDocument.muted(requirement(row.getCell(0), i.requirement(), i.title()), " (" + Labels.kindShort(i.kind(), lang) + ")");
            status(row.getCell(1), i.status());
        });
    }

    @Override
    public void letter(GapSections.Letter letter) {
        Mark mark = LETTER_MARKS.get(letter.outcome());
        XWPFParagraph heading = word.heading(2, letter.bidder(), false);
        heading.createRun().setText(" ");
        WordDocument.mark(heading, letter.outcomeLabel(), mark.fill(), mark.colour());
        letter.opening().forEach(this::paragraph);
        if (letter.advantagesLead() != null) {
            paragraph(letter.advantagesLead());
        }
        if (!letter.advantages().isEmpty()) {
            XWPFTable table = word.table(GapTerms.advantages(lang));
            letter.advantages().forEach(a -> {
                XWPFTableRow row = table.createRow();
                text(row, 0, a.criterion());
                number(row, 1, a.winnerPoints());
                number(row, 2, a.points());
                text(row, 3, a.motivation());
            });
        }
        reasons(letter.reasons());
        letter.closing().forEach(this::paragraph);
    }

    @Override
    public void criteria(List<GapSections.CriterionRow> criteria, List<GapSections.ScaleRow> scale) {
        XWPFTable table = word.table(GapTerms.criteria(lang));
        criteria.forEach(c -> {
            XWPFTableRow row = table.createRow();
            text(row, 0, c.id());
            text(row, 1, c.name());
            text(row, 2, c.kind());
            number(row, 3, c.maximum());
        });
        if (!scale.isEmpty()) {
            word.paragraph("Normal");
            XWPFTable steps = word.table(GapTerms.scale(lang));
            scale.forEach(s -> {
                XWPFTableRow row = steps.createRow();
                text(row, 0, s.rating());
                text(row, 1, s.share());
            });
        }
    }

    @Override
    public void scores(GapSections.BidScores bid) {
        word.heading(2, bid.heading(), false);
        XWPFTable table = word.table(GapTerms.scores(lang));
        bid.rows().forEach(r -> {
            XWPFTableRow row = table.createRow();
            text(row, 0, r.criterion());
            number(row, 1, r.points());
            text(row, 2, GapSections.orDash(r.rating()));
            reasons(row.getCell(3), List.of(r.how()));
            if (r.motivation() != null) {
                WordDocument.muted(WordDocument.cell(row.getCell(3), "TableText"), r.motivation());
            }
        });
        reasons(bid.reasons());
    }

    @Override
    public void matrix(GapReport.Matrix matrix) {
        XWPFTable table = word.table(GapTerms.matrix(matrix, lang));
        for (GapReport.Row row : matrix.rows()) {
            XWPFTableRow cells = table.createRow();
            requirement(cells.getCell(0), GapSections.matrixRequirement(row, lang), row.title());
            for (int i = 0; i < row.statuses().size(); i++) {
                status(cells.getCell(i + 1), row.statuses().get(i));
            }
        }
        WordDocument.muted(word.paragraph("Normal"), Labels.WISH_MARK.in(lang)).setItalic(true);
    }

    @Override
    public void bidder(String anchor, GapReport.SupplierReport s) {
        verdict(word.heading(2, GapSections.bidder(s), !sectionStart), s.verdict());
        sectionStart = false;
        reasons(s.verdictReasons());
        XWPFTable counts = word.table(GapTerms.counts(s.summary(), lang));
        WordDocument.narrow(counts);
        XWPFTableRow countRow = counts.createRow();
        int column = 0;
        for (Integer count : s.summary().values()) {
            text(countRow, column++, String.valueOf(count));
        }

        word.heading(3, Labels.SUITABILITY.in(lang), false);
        XWPFTable suitability = word.table(GapTerms.suitability(lang));
        s.suitability().forEach(i -> {
            XWPFTableRow row = suitability.createRow();
            requirement(row.getCell(0), i.requirement(), i.title());
            status(row.getCell(1), i.status());
            text(row, 2, GapSections.orDash(i.threshold()));
            text(row, 3, GapSections.orDash(i.actual()));
            reasons(row.getCell(4), i.reasons());
        });

        if (!s.reliances().isEmpty()) {
            word.heading(3, Labels.RELIANCES.in(lang), false);
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
            word.heading(3, Labels.WARNINGS.in(lang), false);
            XWPFTable warnings = word.table(GapTerms.warnings(lang));
            s.warnings().forEach(w -> {
                XWPFTableRow row = warnings.createRow();
                text(row, 0, w.date().toString());
                text(row, 1, w.subject());
                reason(WordDocument.cell(row.getCell(2), "TableText"), w.explanation(), w.rule());
            });
        }

        List<GapReport.Item> open = GapSections.open(s);
        items(GapSections.counted(Labels.OPEN_ITEMS, open, lang), open);
        List<GapReport.Item> settled = GapSections.settled(s);
        items(GapSections.counted(GapSections.SETTLED, settled, lang), settled);
        roadmap(s.roadmap());
    }

    private void items(String heading, List<GapReport.Item> items) {
        word.heading(3, heading, false);
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
        word.heading(3, Labels.ROADMAP.in(lang), false);
        if (roadmap.due() != null) {
            WordDocument.bold(word.paragraph("Normal"), GapSections.ROADMAP_DUE.in(lang) + ": " + roadmap.due());
            reasons(roadmap.dueReasons());
        }
        if (!roadmap.knockOut().isEmpty()) {
            word.heading(4, Labels.KNOCK_OUTS.in(lang), false);
            actions(roadmap.knockOut());
        }
        if (!roadmap.beforeSigning().isEmpty()) {
            word.heading(4, Labels.BEFORE_SIGNING.in(lang), false);
            actions(roadmap.beforeSigning());
        }
        for (GapReport.Phase phase : roadmap.phases()) {
            word.heading(4, Labels.PHASE.in(lang) + " " + phase.phase() + ": " + phase.label() + " ("
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

    /** A number in a table cell, aligned right as in the printed report. */
    private static void number(XWPFTableRow row, int column, String text) {
        XWPFParagraph paragraph = WordDocument.cell(row.getCell(column), "TableText");
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        paragraph.createRun().setText(text);
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
