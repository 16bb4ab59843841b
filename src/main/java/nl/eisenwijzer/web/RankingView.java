package nl.eisenwijzer.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eisenwijzer.award.AwardReport;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Money;

/**
 * The award ranking as the bidders page shows it beside the verdicts: one row per bid in the report's order
 * (admissible bids by place, then the excluded ones), its points per criterion and its total, written as
 * published ({@code 82,50} in Dutch), and the award advice. What the numbers are comes from the report; this
 * only lays them out.
 *
 * @param advice the advice's sentence, in the report's language
 */
public record RankingView(List<Column> columns, List<Row> rows, String advice) {

    /** A criterion's column: its id, name and most points. */
    public record Column(String id, String name, String maxPoints) {
    }

    /**
     * @param place the bid's place; null for an excluded bid
     * @param points per column, its points, or null where the criterion is not scored (yet)
     * @param total null for an excluded bid
     * @param complete whether every criterion is scored, so that the total is final
     */
    public record Row(Integer place, String bidder, boolean admissible, List<String> points, String total, boolean complete) {
    }

    static RankingView of(AwardReport award, Language language) {
        List<Column> columns = award.criteria().stream()
                .map(c -> new Column(c.id(), c.name(), maximum(c.maxPoints(), language))).toList();
        List<Row> rows = award.bids().stream().map(bid -> {
            Map<String, BigDecimal> scored = bid.scores() == null ? Map.of() : bid.scores().stream()
                    .filter(score -> score.points() != null)
                    .collect(Collectors.toMap(AwardReport.Score::criterion, AwardReport.Score::points, (a, b) -> a));
            Function<Column, String> cell = column -> scored.containsKey(column.id()) ? points(scored.get(column.id()), language) : null;
            return new Row(bid.rank(), bid.bidder(), bid.admissible(), columns.stream().map(cell).toList(),
                    bid.total() == null ? null : points(bid.total(), language), Boolean.TRUE.equals(bid.complete()));
        }).toList();
        return new RankingView(columns, rows, award.advice() == null ? null : award.advice().explanation());
    }

    /** A criterion's most points as the tender writes them: {@code 40}, or {@code 12,5} when not whole. */
    private static String maximum(BigDecimal points, Language language) {
        BigDecimal plain = points.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString()
                : language == Language.EN ? plain.toPlainString() : plain.toPlainString().replace('.', ',');
    }

    private static String points(BigDecimal points, Language language) {
        return points == null ? null : Money.points(points).in(language);
    }
}
