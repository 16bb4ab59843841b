package nl.eisenwijzer.documents;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.documents.Blocks.Column;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.report.Labels;

/**
 * What the printed gap report ({@link GapHtml}) and the Word one ({@link GapDocx}) share, so that both show a
 * bidder the same way: the words only they use, the columns of each table with their share of the width, and
 * which requirements go in which list.
 */
final class GapTerms {

    static final Text SETTLED = Text.of("Aangetoond of afwijking aanvaard", "Met or waived");
    static final Text ROADMAP_DUE = Text.of("Roadmap uiterlijk", "Roadmap due");

    private static final Text STATUS = Text.of("Status", "Status");
    private static final Text DATE = Text.of("Datum", "Date");
    private static final Text SUBJECT = Text.of("Onderwerp", "Subject");
    private static final Text EXPLANATION = Text.of("Toelichting", "Explanation");
    private static final Text OPEN_KNOCK_OUTS = Text.of("Open knock-outs", "Open knock-outs");
    private static final String NONE = "\u2014";

    private GapTerms() {
    }

    /** The parts of a gap report, which each rendering writes its own way. */
    interface Parts {

        /** A bidder's verdict with its reasons, its counts per status and its knock-out gaps. */
        void summary(GapReport.SupplierReport s);

        void ranking(List<GapReport.Rank> ranking);

        void matrix(GapReport.Matrix matrix);

        /** A bidder's suitability, reliances, warnings, every requirement with status and reasons, and roadmap. */
        void bidder(GapReport.SupplierReport s);
    }

    /**
     * Writes the parts in the one order every rendering follows: each bidder's summary, the ranking and the matrix
     * when bidders are compared, then each bidder in full.
     */
    static void inOrder(GapReport report, Parts parts) {
        report.suppliers().forEach(parts::summary);
        if (report.ranking() != null) {
            parts.ranking(report.ranking());
        }
        if (report.matrix() != null) {
            parts.matrix(report.matrix());
        }
        report.suppliers().forEach(parts::bidder);
    }

    /** The title block's lines between the reference date and the catalogue version. */
    static List<PrintDocument.Fact> facts(GapReport report) {
        Language lang = report.language();
        return List.of(
                new PrintDocument.Fact(Labels.CONTRACT.in(lang), report.contractStart()
                        + (report.contractEnd() == null ? "" : " \u2013 " + report.contractEnd())),
                new PrintDocument.Fact("PvE", Labels.pveCounts(report.pve(), lang)));
    }

    /** A bidder as its headings name it: "Name (NL)". */
    static String bidder(GapReport.SupplierReport s) {
        return s.name() + " (" + s.country() + ")";
    }

    /** Requirements not yet met or waived: the PvE's, then the suitability items. */
    static List<GapReport.Item> open(GapReport.SupplierReport s) {
        return Stream.concat(s.items().stream(), s.suitability().stream()).filter(i -> !i.status().settled()).toList();
    }

    /** The PvE's requirements met or waived. */
    static List<GapReport.Item> settled(GapReport.SupplierReport s) {
        return s.items().stream().filter(i -> i.status().settled()).toList();
    }

    /** A list's heading with how many it holds: "Open punten (3)". */
    static String counted(Text label, List<?> items, Language lang) {
        return label.in(lang) + " (" + items.size() + ")";
    }

    /** A matrix row's requirement: its id, with the kind in brackets unless it is a knock-out. */
    static String matrixRequirement(GapReport.Row row, Language lang) {
        return row.requirement() + (row.kind().knockOut() ? "" : " (" + Labels.kindShort(row.kind(), lang) + ")");
    }

    /** Whether a bidder's roadmap has anything to show: a due date, knock-outs or evidence asked before signing. */
    static boolean hasRoadmap(GapReport.Roadmap roadmap) {
        return roadmap.due() != null || !roadmap.knockOut().isEmpty() || !roadmap.beforeSigning().isEmpty();
    }

    static String orDash(String value) {
        return value == null ? NONE : value;
    }

    static Column[] knockOuts(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 78), new Column(STATUS.in(lang), 22)};
    }

    /** One column per status, zeros too, so bidders' summaries line up. */
    static Column[] counts(Map<GapStatus, Integer> summary, Language lang) {
        return summary.keySet().stream()
                .map(status -> new Column(Labels.statusShort(status, lang), 100 / summary.size())).toArray(Column[]::new);
    }

    static Column[] ranking(Language lang) {
        return new Column[] {new Column("#", 6), new Column(Labels.BIDDER.in(lang), 42),
                new Column(Labels.VERDICT.in(lang), 20), new Column(OPEN_KNOCK_OUTS.in(lang), 16),
                new Column(Labels.POINTS.in(lang), 16)};
    }

    /** The bidders share 60% of the width; the requirement column takes the rest. */
    static Column[] matrix(GapReport.Matrix matrix, Language lang) {
        int bidderWidth = 60 / matrix.bidders().size();
        return Stream.concat(Stream.of(new Column(Labels.REQUIREMENT.in(lang), 100 - bidderWidth * matrix.bidders().size())),
                matrix.bidders().stream().map(b -> new Column(b, bidderWidth))).toArray(Column[]::new);
    }

    static Column[] suitability(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 20), new Column(STATUS.in(lang), 13),
                new Column(Labels.THRESHOLD.in(lang), 20), new Column(Labels.ACTUAL.in(lang), 17),
                new Column(Labels.WHY.in(lang), 30)};
    }

    static Column[] warnings(Language lang) {
        return new Column[] {new Column(DATE.in(lang), 14), new Column(SUBJECT.in(lang), 16),
                new Column(EXPLANATION.in(lang), 70)};
    }

    /** Requirements with kind, status and every reason. */
    static Column[] items(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 30), new Column(STATUS.in(lang), 14),
                new Column(Labels.WHY.in(lang), 56)};
    }

    /** The parties the bidder relies on: who, for what, for which requirement, and what that brings. */
    static Column[] reliances(Language lang) {
        return new Column[] {new Column(Labels.PARTY.in(lang), 20), new Column(Labels.RELIED_ON_FOR.in(lang), 14),
                new Column(Labels.REQUIREMENT.in(lang), 14), new Column(EXPLANATION.in(lang), 52)};
    }

    /** Roadmap actions: what to show, its status, and how and by when. */
    static Column[] actions(Language lang) {
        return new Column[] {new Column(Labels.REQUIREMENT.in(lang), 32), new Column(STATUS.in(lang), 14),
                new Column(EXPLANATION.in(lang), 54)};
    }
}
