package nl.eisenwijzer.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eisenwijzer.award.AwardReport;
import nl.eisenwijzer.gap.GapReport;

/** Compares a case's {@code award} expectations with the award part of the report its dossiers got. */
final class AwardCheck {

    private final AwardReport award;
    private final RuleCase.AwardExpect expect;
    private final List<String> failures;
    private final Map<String, AwardReport.BidLine> bids;

    AwardCheck(GapReport report, RuleCase.AwardExpect expect, List<String> failures) {
        this.award = report.award();
        this.expect = expect;
        this.failures = failures;
        this.bids = award == null ? Map.of()
                : award.bids().stream().collect(Collectors.toMap(AwardReport.BidLine::bidder, Function.identity()));
    }

    void check() {
        if (award == null) {
            failures.add("award expectations, but the report has no award part (one bidder and no award section)");
            return;
        }
        expect.points().forEach((bidder, byCriterion) -> byCriterion.forEach((criterion, points) -> {
            BigDecimal actual = bid(bidder) == null ? null : bid(bidder).scores().stream()
                    .filter(s -> s.criterion().equals(criterion)).map(AwardReport.Score::points).findFirst().orElse(null);
            if (!same(points, actual)) {
                failures.add(bidder + " expected " + points + " points on " + criterion + " but has " + actual + explain(bidder, criterion));
            }
        }));
        expect.totals().forEach((bidder, total) -> {
            BigDecimal actual = bid(bidder) == null ? null : bid(bidder).total();
            if (!same(total, actual)) {
                failures.add(bidder + " expected a total of " + total + " but has " + actual);
            }
        });
        expect.ranks().forEach((bidder, rank) -> {
            Integer actual = bid(bidder) == null ? null : bid(bidder).rank();
            if (!Objects.equals(rank, actual)) {
                failures.add(bidder + " expected place " + rank + " but has " + actual + ": " + (bid(bidder) == null ? "" : bid(bidder).reasons()));
            }
        });
        expect.unranked().stream().filter(b -> bid(b) == null || bid(b).rank() != null)
                .forEach(b -> failures.add(b + " expected without a place (excluded) but is " + (bid(b) == null ? "missing" : "placed " + bid(b).rank())));
        expect.unscored().forEach((bidder, criteria) -> {
            List<String> actual = bid(bidder) == null ? List.of() : bid(bidder).unscored().stream()
                    .map(r -> r.explanation()).toList();
            criteria.stream().filter(c -> actual.stream().noneMatch(text -> text.startsWith(c + " (")))
                    .forEach(c -> failures.add(bidder + " expected unscored on " + c + "; unscored: " + actual));
        });
        expect.invited().forEach((bidder, invited) -> {
            Boolean actual = bid(bidder) == null ? null : bid(bidder).invited();
            if (!Objects.equals(invited, actual)) {
                failures.add(bidder + " expected " + (invited ? "" : "not ") + "invited but invitation is " + actual);
            }
        });
        if (expect.draw() != null) {
            List<String> actual = award.draw() == null ? List.of() : award.draw().bidders();
            if (!actual.equals(expect.draw().stream().sorted().toList())) {
                failures.add("a draw expected among " + expect.draw() + " but " + (actual.isEmpty() ? "none is needed" : "among " + actual));
            }
        }
        if (expect.advice() != null && award.advice().outcome() != expect.advice()) {
            failures.add("advice expected " + expect.advice() + " but is " + award.advice().outcome() + ": " + award.advice().explanation());
        }
        if (expect.winner() != null && !expect.winner().equals(award.advice().winner())) {
            failures.add("winner expected " + expect.winner() + " but is " + award.advice().winner() + ": " + award.advice().explanation());
        }
        expect.advantages().forEach((bidder, criteria) -> {
            List<String> actual = award.letters() == null ? List.of() : award.letters().stream().filter(l -> l.bidder().equals(bidder))
                    .flatMap(l -> l.advantages().stream()).map(AwardReport.AdvantageLine::criterion).sorted().toList();
            if (!actual.equals(criteria.stream().sorted().toList())) {
                failures.add(bidder + ": the winner's advantages expected on " + criteria + " but are on " + actual);
            }
        });
    }

    private AwardReport.BidLine bid(String bidder) {
        AwardReport.BidLine bid = bids.get(bidder);
        if (bid == null) {
            failures.add("no bidder named " + bidder + " in the report; bidders: " + bids.keySet());
        }
        return bid;
    }

    private String explain(String bidder, String criterion) {
        AwardReport.BidLine bid = bids.get(bidder);
        return bid == null ? "" : ": " + bid.scores().stream().filter(s -> s.criterion().equals(criterion))
                .map(AwardReport.Score::explanation).findFirst().orElse(String.valueOf(bid.unscored()));
    }

    /** Equal as numbers: 26.67 and 26.670 are the same points. */
    private static boolean same(BigDecimal expected, BigDecimal actual) {
        return actual != null && expected.compareTo(actual) == 0;
    }
}
