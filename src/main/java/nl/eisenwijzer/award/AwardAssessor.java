package nl.eisenwijzer.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.ScoringScale;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.Award;
import nl.eisenwijzer.pve.Pve.Reason;
import nl.eisenwijzer.rules.Pipeline;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.rules.SessionFacts;

/**
 * Scores and ranks the bids of one tender in one session of {@code rules/award/}: the profile's award section (or
 * none: then the wishes alone), the bids with their gap verdicts, the committee's judgments and a recorded draw go in;
 * points, places, the shortlist, the advice and the letters' advantages come out. Java checks the committee's input
 * and reads; the rules decide.
 */
public final class AwardAssessor {

    private static final int MAX_FIRINGS = 1_000_000;
    private static final int MAX_MOTIVATION = 4_000;

    private final Catalog catalog;
    private final RuleBase rules;

    public AwardAssessor(Catalog catalog, RuleBase rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    /**
     * Checks the committee's input against the tender: every judgment names a bidder of this report, a quality criterion
     * of the award section and a rating of its scale, once per bidder and criterion, with a motivation.
     */
    public void validate(Award award, Collection<String> bidders, Evaluation evaluation) {
        if (evaluation == null) {
            return;
        }
        List<String> names = List.copyOf(bidders);
        List<String> criteria = award == null ? List.of() : award.quality().stream().map(Award.Criterion::id).toList();
        List<String> ratings = award == null || award.quality().isEmpty() ? List.of() : scale(award).ratings();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < evaluation.judgments().size(); i++) {
            String at = "evaluation.judgments[" + i + "]";
            Judgment j = evaluation.judgments().get(i);
            if (j == null) {
                throw new InvalidInputException(at, "field '" + at + "' is null; a judgment has bidder, criterion, rating and motivation");
            }
            if (criteria.isEmpty()) {
                throw new InvalidInputException(at + ".criterion", "field '" + at + ".criterion': the profile's award section "
                        + "names no quality criterion (award.quality), so there is nothing to judge");
            }
            if (j.bidder() == null || !names.contains(j.bidder().strip())) {
                throw InvalidInputException.notAllowed(at + ".bidder", String.valueOf(j.bidder()), names);
            }
            if (j.criterion() == null || !criteria.contains(j.criterion())) {
                throw InvalidInputException.notAllowed(at + ".criterion", String.valueOf(j.criterion()), criteria);
            }
            if (j.rating() == null || !ratings.contains(j.rating())) {
                throw InvalidInputException.notAllowed(at + ".rating", String.valueOf(j.rating()), ratings);
            }
            if (j.motivation() == null || j.motivation().isBlank() || j.motivation().length() > MAX_MOTIVATION) {
                throw new InvalidInputException(at + ".motivation", "field '" + at + ".motivation' is required: the committee's "
                        + "reasons, which the award letter quotes (at most " + MAX_MOTIVATION + " characters)");
            }
            if (!seen.add(j.bidder().strip() + "\u0000" + j.criterion())) {
                throw new InvalidInputException(at, "field '" + at + "': " + j.bidder() + " is judged on " + j.criterion()
                        + " twice; give the committee's one consensus judgment");
            }
        }
        DrawResult draw = evaluation.draw();
        if (draw != null) {
            if (draw.winner() == null || !names.contains(draw.winner().strip())) {
                throw InvalidInputException.notAllowed("evaluation.draw.winner", String.valueOf(draw.winner()), names);
            }
            if (draw.held() == null) {
                throw new InvalidInputException("evaluation.draw.held", "field 'evaluation.draw.held' is required: the day of the draw");
            }
        }
    }

    private ScoringScale scale(Award award) {
        return catalog.scoringScales().get(award.scale());
    }

    public AwardReport assess(Award award, List<Bid> bids, Evaluation evaluation, Language language) {
        Evaluation given = evaluation == null ? Evaluation.NONE : evaluation;
        List<Object> facts = new ArrayList<>(bids);
        List<Criterion> criteria = criteria(award);
        facts.addAll(criteria);
        if (award != null) {
            facts.add(new AwardScheme(award.scale()));
            if (award.price() != null) {
                facts.add(curve(award.price()));
            }
            for (int i = 0; i < award.tieBreakers().size(); i++) {
                facts.add(new TieBreaker(i + 1, award.tieBreakers().get(i)));
            }
            if (award.shortlist() != null) {
                facts.add(new ShortlistRule(award.shortlist().moreThan(), award.shortlist().criterion()));
            }
            if (!award.quality().isEmpty()) {
                scale(award).steps().forEach(s -> facts.add(new ScaleStep(s.rating(), s.percent(), s.label())));
            }
        }
        given.judgments().forEach(j -> facts.add(new Judgment(j.bidder().strip(), j.criterion(), j.rating(), j.motivation().strip())));
        if (given.draw() != null) {
            facts.add(new DrawResult(given.draw().winner().strip(), given.draw().held(), given.draw().witness()));
        }
        return new Reading(award, bids, given, rules.fire(Pipeline.AWARD, facts, MAX_FIRINGS), language).read();
    }

    private static List<Criterion> criteria(Award award) {
        List<Criterion> criteria = new ArrayList<>();
        if (award == null) {
            return criteria;
        }
        if (award.price() != null) {
            criteria.add(new Criterion(award.price().id(), Text.both(award.price().name()), award.price().maxPoints(),
                    Criterion.Role.PRICE));
        }
        award.quality().forEach(c -> criteria.add(new Criterion(c.id(), Text.both(c.name()), c.maxPoints(), Criterion.Role.QUALITY)));
        if (award.security() != null) {
            Award.Criterion s = award.security();
            criteria.add(new Criterion(s.id(), Text.both(s.name()), s.maxPoints(), Criterion.Role.SECURITY));
        }
        return criteria;
    }

    private static PriceCurve curve(Award.Price price) {
        Award.PricePoint inflection = price.inflection();
        return new PriceCurve(price.id(), price.ceiling().price(), price.ceiling().points(),
                inflection == null ? null : inflection.price(), inflection == null ? null : inflection.points(),
                price.floor().price(), price.floor().points());
    }

    /** The session's conclusions as the report's award part, in one language. */
    private final class Reading {

        private final Award award;
        private final List<Bid> bids;
        private final Evaluation evaluation;
        private final SessionFacts facts;
        private final Language language;
        private final Map<String, List<Points>> points;
        private final Map<String, Total> totals;
        private final Map<String, Rank> ranks;
        private final Map<String, Invitation> invitations;

        Reading(Award award, List<Bid> bids, Evaluation evaluation, SessionFacts facts, Language language) {
            this.award = award;
            this.bids = bids;
            this.evaluation = evaluation;
            this.facts = facts;
            this.language = language;
            this.points = grouped(facts.of(Points.class), Points::bidder);
            this.totals = single(facts.of(Total.class), Total::bidder);
            this.ranks = single(facts.of(Rank.class), Rank::bidder);
            this.invitations = single(facts.of(Invitation.class), Invitation::bidder);
        }

        AwardReport read() {
            List<Criterion> criteria = new ArrayList<>(facts.of(Criterion.class));
            Map<String, Integer> order = new HashMap<>();
            criteria(award).forEach(c -> order.put(c.id(), order.size()));
            criteria.sort(Comparator.comparing((Criterion c) -> order.getOrDefault(c.id(), Integer.MAX_VALUE)));
            List<AwardReport.CriterionLine> lines = criteria.stream().map(c -> new AwardReport.CriterionLine(c.id(),
                    c.name().in(language), c.maxPoints(), AwardReport.CriterionKind.valueOf(c.role().name()))).toList();
            List<AwardReport.ScaleLine> scale = award == null || award.quality().isEmpty() ? null
                    : scale(award).steps().stream().map(s -> new AwardReport.ScaleLine(s.rating(), s.label().in(language), s.percent())).toList();
            AwardAdvice advice = exactlyOne(facts.of(AwardAdvice.class), "advice");
            return new AwardReport(lines, scale, bidLines(order), shortlist(), draw(),
                    new AwardReport.Advice(advice.outcome(), advice.winner(), advice.rule(), advice.explanation().in(language)),
                    letters(advice));
        }

        private List<AwardReport.BidLine> bidLines(Map<String, Integer> criterionOrder) {
            Map<String, List<Unscored>> unscored = grouped(facts.of(Unscored.class), Unscored::bidder);
            Map<String, List<Beats>> beaten = grouped(facts.of(Beats.class), Beats::other);
            Map<String, Judgment> judgments = new HashMap<>();
            evaluation.judgments().forEach(j -> judgments.put(j.bidder().strip() + "\u0000" + j.criterion(), j));
            List<AwardReport.BidLine> lines = new ArrayList<>();
            for (Bid bid : placed()) {
                String name = bid.bidder();
                List<AwardReport.Score> scores = points.getOrDefault(name, List.of()).stream()
                        .sorted(Comparator.comparing((Points p) -> criterionOrder.getOrDefault(p.criterionId(), Integer.MAX_VALUE)))
                        .map(p -> {
                            Judgment j = judgments.get(name + "\u0000" + p.criterionId());
                            boolean judged = j != null && !"not-invited-cannot-win".equals(p.rule());
                            return new AwardReport.Score(p.criterionId(), p.points(), judged ? j.rating() : null,
                                    judged ? j.motivation().strip() : null, p.rule(), p.explanation().in(language));
                        }).toList();
                List<Reason> reasons = new ArrayList<>();
                Total total = totals.get(name);
                Rank rank = ranks.get(name);
                if (total != null) {
                    reasons.add(reason(total.rule(), total.explanation()));
                }
                if (rank != null) {
                    reasons.add(reason(rank.rule(), rank.explanation()));
                }
                beaten.getOrDefault(name, List.of()).stream().filter(b -> b.decidedBy() != null)
                        .forEach(b -> reasons.add(reason(b.rule(), b.explanation())));
                Invitation invitation = invitations.get(name);
                lines.add(new AwardReport.BidLine(name, rank == null ? null : rank.rank(), bid.admissible(), bid.price(),
                        total == null ? null : total.points(), total == null ? null : total.complete(),
                        invitation == null ? null : invitation.invited(), scores,
                        unscored.getOrDefault(name, List.of()).stream().map(u -> reason(u.rule(), u.explanation())).toList(),
                        reasons));
            }
            return lines;
        }

        /** Admissible bids by place, equal places in request order; then the excluded, in request order. */
        private List<Bid> placed() {
            return bids.stream().sorted(Comparator.comparing((Bid b) -> ranks.containsKey(b.bidder()) ? ranks.get(b.bidder()).rank()
                    : Integer.MAX_VALUE).thenComparingInt(Bid::order)).toList();
        }

        private AwardReport.ShortlistLine shortlist() {
            return facts.of(ShortlistApplies.class).stream().findFirst().map(s -> {
                List<Invitation> all = facts.of(Invitation.class).stream()
                        .sorted(Comparator.comparing(Invitation::provisional).reversed().thenComparing(Invitation::bidder)).toList();
                return new AwardReport.ShortlistLine(s.criterionId(), s.admissible(), s.rule(), s.explanation().in(language),
                        all.stream().filter(Invitation::invited).map(i -> reason(i.rule(), i.bidder() + ": " + i.explanation().in(language))).toList(),
                        all.stream().filter(i -> !i.invited()).map(i -> reason(i.rule(), i.bidder() + ": " + i.explanation().in(language))).toList());
            }).orElse(null);
        }

        private AwardReport.DrawLine draw() {
            return facts.of(DrawNeeded.class).stream().findFirst().map(d -> new AwardReport.DrawLine(d.bidders(), d.rule(),
                    d.explanation().in(language), evaluation.draw() != null && d.bidders().contains(evaluation.draw().winner().strip())
                            ? evaluation.draw() : null)).orElse(null);
        }

        private List<AwardReport.Letter> letters(AwardAdvice advice) {
            if (advice.outcome() != AwardAdvice.Outcome.AWARD) {
                return null;
            }
            String winner = advice.winner();
            BigDecimal winnerPoints = totals.get(winner).points();
            Map<String, List<Advantage>> advantages = grouped(facts.of(Advantage.class), Advantage::other);
            List<AwardReport.Letter> letters = new ArrayList<>();
            for (Bid bid : placed()) {
                String name = bid.bidder();
                if (!bid.admissible()) {
                    letters.add(new AwardReport.Letter(name, AwardReport.LetterOutcome.EXCLUDED, null, null, winner, null, List.of()));
                    continue;
                }
                boolean won = name.equals(winner);
                letters.add(new AwardReport.Letter(name, won ? AwardReport.LetterOutcome.AWARDED : AwardReport.LetterOutcome.NOT_AWARDED,
                        ranks.get(name).rank(), totals.get(name).points(), winner, winnerPoints,
                        advantages.getOrDefault(name, List.of()).stream().map(a -> new AwardReport.AdvantageLine(a.criterionId(),
                                a.winnerPoints(), a.otherPoints(), a.rule(), a.explanation().in(language))).toList()));
            }
            return letters;
        }

        private Reason reason(String rule, Text explanation) {
            return new Reason(rule, explanation.in(language));
        }

        private Reason reason(String rule, String explanation) {
            return new Reason(rule, explanation);
        }
    }

    private static <T> T exactlyOne(Collection<T> facts, String what) {
        if (facts.size() != 1) {
            throw new IllegalStateException("the award rules gave " + facts.size() + " " + what + " facts; exactly one is needed: " + facts);
        }
        return facts.iterator().next();
    }

    private static <K, T> Map<K, T> single(Collection<T> facts, Function<T, K> key) {
        Map<K, T> byKey = new HashMap<>();
        for (T fact : facts) {
            if (byKey.put(key.apply(fact), fact) != null) {
                throw new IllegalStateException("the award rules gave two " + fact.getClass().getSimpleName() + " facts for " + key.apply(fact));
            }
        }
        return byKey;
    }

    private static <K, T> Map<K, List<T>> grouped(Collection<T> facts, Function<T, K> key) {
        // Facts come out of the session in no fixed order; sort so the same input gives the same report.
        return facts.stream().sorted(Comparator.comparing(Object::toString))
                .collect(Collectors.groupingBy(key, HashMap::new, Collectors.toList()));
    }
}
