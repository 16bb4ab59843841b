package nl.eisenwijzer.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.documents.Blocks.Column;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.report.GapSections;
import nl.eisenwijzer.report.Labels;

/**
 * What the printed gap report ({@link GapHtml}) and the Word one ({@link GapDocx}) share beyond the order and words of
 * {@link GapSections}: the columns of each table with their share of the width, and the title block's lines.
 */
final class GapTerms {

    private static final Text DATE = Text.of("Datum", "Date");
    private static final Text SUBJECT = Text.of("Onderwerp", "Subject");

    private GapTerms() {
    }

    /** The title block's lines between the reference date and the catalogue version. */
    static List<PrintDocument.Fact> facts(GapReport report) {
        Language lang = report.language();
        return List.of(
                new PrintDocument.Fact(Labels.CONTRACT.in(lang), report.contractStart()
                        + (report.contractEnd() == null ? "" : " \u2013 " + report.contractEnd())),
                new PrintDocument.Fact("PvE", Labels.pveCounts(report.pve(), lang)));
    }

    /**
     * Place, bidder, bid price when there are prices, a narrow column per criterion and the total; the bidder takes what
     * the others leave.
     */
    static Column[] ranking(GapSections.Ranking ranking, Language lang) {
        List<Column> columns = new ArrayList<>();
        int points = Math.max(7, Math.min(11, 45 / (ranking.criteria().size() + 1)));
        int rest = 100 - 6 - (ranking.prices() ? 14 : 0) - points * (ranking.criteria().size() + 1);
        columns.add(new Column("#", 6));
        columns.add(new Column(Labels.BIDDER.in(lang), rest));
        if (ranking.prices()) {
            columns.add(new Column(GapSections.BID_PRICE.in(lang), 14));
        }
        ranking.criteria().forEach(c -> columns.add(new Column(c, points)));
        columns.add(new Column(GapSections.TOTAL.in(lang), points));
        return columns.toArray(Column[]::new);
    }

    /** A decisive gap: the bidder (on its first line), the requirement, its status and why. */
    static Column[] decisiveGaps(Language lang) {
        return new Column[] {new Column(Labels.BIDDER.in(lang), 19), new Column(Labels.REQUIREMENT.in(lang), 24),
                new Column(GapSections.STATUS.in(lang), 10), new Column(Labels.WHY.in(lang), 47)};
    }

    /** One bidder's open requirements in the summary: requirement with its kind, and status. */
    static Column[] openItems(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 78), new Column(GapSections.STATUS.in(lang), 22)};
    }

    /** The relative advantages of the winning bid in a letter. */
    static Column[] advantages(Language lang) {
        return new Column[] {new Column(GapSections.CRITERION.in(lang), 20), new Column(GapSections.WINNING_BID.in(lang), 13),
                new Column(GapSections.YOUR_BID.in(lang), 13), new Column(GapSections.WINNERS_MOTIVATION.in(lang), 54)};
    }

    static Column[] criteria(Language lang) {
        return new Column[] {new Column("Id", 12), new Column(GapSections.CRITERION.in(lang), 44),
                new Column(Labels.KIND.in(lang), 28), new Column(GapSections.MAXIMUM.in(lang), 16)};
    }

    static Column[] scale(Language lang) {
        return new Column[] {new Column(GapSections.RATING.in(lang), 50), new Column(GapSections.SHARE.in(lang), 50)};
    }

    /** A bid's points on one criterion, its rating, and the rule with the arithmetic. */
    static Column[] scores(Language lang) {
        return new Column[] {new Column(GapSections.CRITERION.in(lang), 20), new Column(Labels.POINTS.in(lang), 10),
                new Column(GapSections.RATING.in(lang), 12), new Column(GapSections.EXPLANATION.in(lang), 58)};
    }

    /** One column per status, zeros too, so bidders' summaries line up. */
    static Column[] counts(Map<GapStatus, Integer> summary, Language lang) {
        return summary.keySet().stream()
                .map(status -> new Column(Labels.statusShort(status, lang), 100 / summary.size())).toArray(Column[]::new);
    }

    /** The bidders share 60% of the width; the requirement column takes the rest. */
    static Column[] matrix(GapReport.Matrix matrix, Language lang) {
        int bidderWidth = 60 / matrix.bidders().size();
        return Stream.concat(Stream.of(new Column(Labels.REQUIREMENT.in(lang), 100 - bidderWidth * matrix.bidders().size())),
                matrix.bidders().stream().map(b -> new Column(b, bidderWidth))).toArray(Column[]::new);
    }

    static Column[] suitability(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 20), new Column(GapSections.STATUS.in(lang), 13),
                new Column(Labels.THRESHOLD.in(lang), 20), new Column(Labels.ACTUAL.in(lang), 17),
                new Column(Labels.WHY.in(lang), 30)};
    }

    /** The parties the bidder relies on: who, for what, for which requirement, and what that brings. */
    static Column[] reliances(Language lang) {
        return new Column[] {new Column(Labels.PARTY.in(lang), 20), new Column(Labels.RELIED_ON_FOR.in(lang), 14),
                new Column(Labels.REQUIREMENT.in(lang), 14), new Column(GapSections.EXPLANATION.in(lang), 52)};
    }

    /** Whether a bidder's roadmap has anything to show: a due date, knock-outs or evidence asked before signing. */
    static boolean hasRoadmap(GapReport.Roadmap roadmap) {
        return roadmap.due() != null || !roadmap.knockOut().isEmpty() || !roadmap.beforeSigning().isEmpty();
    }

    static Column[] warnings(Language lang) {
        return new Column[] {new Column(DATE.in(lang), 14), new Column(SUBJECT.in(lang), 16),
                new Column(GapSections.EXPLANATION.in(lang), 70)};
    }

    /** Requirements with kind, status and every reason. */
    static Column[] items(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 30), new Column(GapSections.STATUS.in(lang), 14),
                new Column(Labels.WHY.in(lang), 56)};
    }

    /** Roadmap actions: what to show, its status, and how and by when. */
    static Column[] actions(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 32), new Column(GapSections.STATUS.in(lang), 14),
                new Column(GapSections.EXPLANATION.in(lang), 54)};
    }
}
