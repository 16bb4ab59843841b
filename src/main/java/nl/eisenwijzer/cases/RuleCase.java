package nl.eisenwijzer.cases;

import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import nl.eisenwijzer.award.AwardAdvice;
import nl.eisenwijzer.award.Evaluation;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.natsec.Basis;
import nl.eisenwijzer.natsec.Outcome;
import nl.eisenwijzer.natsec.Question;
import nl.eisenwijzer.natsec.RouteKind;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * One case in a {@code *.cases.yaml} beside a DRL file: a profile in (and, for the gap rules, a supplier
 * dossier judged against that profile's PvE; for the national-security rules, a dossier with its chain, the
 * answers a person confirms and the measures the buyer can realise), and what the rules must conclude.
 * Every expectation is optional; a case must state at least one.
 */
public record RuleCase(String name, ProcurementProfile profile, SupplierDossier supplier, List<SupplierDossier> suppliers,
        Evaluation evaluation, Answers answers, List<String> realisableMeasures, Expect expect) {

    /** The dossiers the case judges: {@code suppliers}, or the one {@code supplier}. */
    public List<SupplierDossier> dossiers() {
        if (suppliers != null && !suppliers.isEmpty()) {
            return suppliers;
        }
        return supplier == null ? List.of() : List.of(supplier);
    }

    /**
     * @param traits traits that must be derived
     * @param absentTraits traits that must not be derived
     * @param includes requirement ids that must be in the PvE (on a line or in an annex; not left out by the buyer)
     * @param excludes requirement ids that must not be in the PvE
     * @param excludedBy requirement id → rule that must have kept it out of the PvE (a selection rule, or the
     *     tailoring rule that left it out)
     * @param kinds requirement id → the kind of the line that answers it (its declaration's, in an annex)
     * @param weights line id → the weight of that wish
     * @param reasons requirement id → rules that must be among its reasons (selection, kind, tailoring)
     * @param lines requirement id → the line that answers it: itself when it leads one, its topic's lead, what it
     *     details for a sub-point, the declaration for an annex entry
     * @param placements requirement id → lead, member, sub-point or annex
     * @param legal requirement ids that must carry a legal duty
     * @param texts requirement id → text its Dutch line or sub-point text must contain
     * @param thresholds requirement id → threshold name → value in effect
     * @param tailoringWarnings exactly the line ids that carry a warning for tailoring what the law asks ({@code []}:
     *     none); null when the case does not check warnings
     * @param refused the field of the tailoring the rules must refuse (the first problem), or, when the tailoring is
     *     accepted, the field of the dossier the gap rules must refuse (a waiver of an eis)
     * @param statuses requirement id → the gap status the supplier's dossier earns (needs {@code supplier})
     * @param verdict the supplier's verdict (needs {@code supplier})
     * @param warnings subjects (evidence type or requirement id) that must carry an expiry warning
     * @param roadmap requirement id → its roadmap phase, 0 for a knock-out gap listed apart, null for none
     * @param score the supplier's score on the wishes: points and maximum (needs {@code supplier})
     * @param openConditions the contract conditions the supplier accepted and shows after award (needs {@code supplier})
     * @param award what the award rules must conclude over the case's dossiers (needs {@code supplier} or {@code suppliers})
     * @param reliances exactly the parties whose capacity the supplier's report records it relies on ({@code []}:
     *     none); null when the case does not check reliances (needs {@code supplier})
     * @param beforeSigning exactly the requirement ids whose evidence the roadmap asks before the contract is signed
     *     ({@code []}: none); null when the case does not check it (needs {@code supplier})
     * @param natsec what the national-security test must conclude (needs {@code supplier})
     */
    public record Expect(
            List<String> traits,
            List<String> absentTraits,
            List<String> includes,
            List<String> excludes,
            Map<String, String> excludedBy,
            Map<String, Kind> kinds,
            Map<String, Integer> weights,
            Map<String, List<String>> reasons,
            Map<String, String> lines,
            Map<String, String> placements,
            List<String> legal,
            Map<String, String> texts,
            Map<String, Map<String, Long>> thresholds,
            List<String> tailoringWarnings,
            String refused,
            Map<String, GapStatus> statuses,
            Verdict verdict,
            List<String> warnings,
            Map<String, Integer> roadmap,
            Map<String, Integer> score,
            List<String> openConditions,
            AwardExpect award,
            List<String> reliances,
            List<String> beforeSigning,
            NatsecExpect natsec) {

        public Expect {
            traits = traits == null ? List.of() : traits;
            absentTraits = absentTraits == null ? List.of() : absentTraits;
            includes = includes == null ? List.of() : includes;
            excludes = excludes == null ? List.of() : excludes;
            excludedBy = excludedBy == null ? Map.of() : excludedBy;
            kinds = kinds == null ? Map.of() : kinds;
            weights = weights == null ? Map.of() : weights;
            reasons = reasons == null ? Map.of() : reasons;
            lines = lines == null ? Map.of() : lines;
            placements = placements == null ? Map.of() : placements;
            legal = legal == null ? List.of() : legal;
            texts = texts == null ? Map.of() : texts;
            thresholds = thresholds == null ? Map.of() : thresholds;
            statuses = statuses == null ? Map.of() : statuses;
            warnings = warnings == null ? List.of() : warnings;
            roadmap = roadmap == null ? Map.of() : roadmap;
            score = score == null ? Map.of() : score;
        }

        boolean needsSupplier() {
            return !statuses.isEmpty() || verdict != null || !warnings.isEmpty() || !roadmap.isEmpty() || !score.isEmpty()
                    || openConditions != null || award != null || reliances != null || beforeSigning != null;
        }

        boolean isEmpty() {
            return traits.isEmpty() && absentTraits.isEmpty() && includes.isEmpty() && excludes.isEmpty()
                    && excludedBy.isEmpty() && kinds.isEmpty() && weights.isEmpty() && reasons.isEmpty() && lines.isEmpty()
                    && placements.isEmpty() && legal.isEmpty() && texts.isEmpty() && thresholds.isEmpty()
                    && tailoringWarnings == null && refused == null && !needsSupplier()
                    && (natsec == null || natsec.isEmpty());
        }
    }

    /**
     * Expectations of the award rules, over all the case's dossiers (bidders by name).
     *
     * @param points bidder → criterion id → points, exactly as published (two decimals)
     * @param totals bidder → total points
     * @param ranks bidder → place; an excluded bidder must have none
     * @param unranked bidders that must have no place (excluded)
     * @param unscored bidder → criterion ids it has no points on
     * @param invited bidder → invited to the shortlist's criterion or not
     * @param draw the bidders that must share first place and need a draw; {@code []} for none
     * @param advice the advice's outcome
     * @param winner the intended winner
     * @param advantages bidder → criteria on which the winner's bid scored more
     */
    public record AwardExpect(
            Map<String, Map<String, BigDecimal>> points,
            Map<String, BigDecimal> totals,
            Map<String, Integer> ranks,
            List<String> unranked,
            Map<String, List<String>> unscored,
            Map<String, Boolean> invited,
            List<String> draw,
            AwardAdvice.Outcome advice,
            String winner,
            Map<String, List<String>> advantages) {

        public AwardExpect {
            points = points == null ? Map.of() : points;
            totals = totals == null ? Map.of() : totals;
            ranks = ranks == null ? Map.of() : ranks;
            unranked = unranked == null ? List.of() : unranked;
            unscored = unscored == null ? Map.of() : unscored;
            invited = invited == null ? Map.of() : invited;
            advantages = advantages == null ? Map.of() : advantages;
        }
    }

    /**
     * Expectations of the national-security test. Question keys are q1, q2, q3a, q3b; answers true, false or
     * unknown. {@code questions} are the decisive party's answers (the purchase's), {@code partyQuestions} a
     * named party's.
     *
     * @param outcome the purchase's outcome
     * @param decisiveParty the party whose outcome the purchase gets
     * @param questions question → the answer that counts, for the decisive party
     * @param basis question → derived or confirmed, for the decisive party
     * @param missing the questions named as missing information
     * @param parties party name → its own outcome
     * @param partyQuestions party name → question → its answer
     * @param notAssessed parties listed but not assessed
     * @param risks party name → risk ids that must be found for it
     * @param legalRoutes party name → its legal route
     * @param chosenMeasures measure ids that must be chosen
     * @param addedRequirements requirement ids the chosen measures must add
     */
    public record NatsecExpect(
            Outcome outcome,
            String decisiveParty,
            Map<String, Tri> questions,
            Map<String, Basis> basis,
            List<Question> missing,
            Map<String, Outcome> parties,
            Map<String, Map<String, Tri>> partyQuestions,
            List<String> notAssessed,
            Map<String, List<String>> risks,
            Map<String, RouteKind> legalRoutes,
            List<String> chosenMeasures,
            List<String> addedRequirements) {

        public NatsecExpect {
            questions = questions == null ? Map.of() : questions;
            basis = basis == null ? Map.of() : basis;
            parties = parties == null ? Map.of() : parties;
            partyQuestions = partyQuestions == null ? Map.of() : partyQuestions;
            notAssessed = notAssessed == null ? List.of() : notAssessed;
            risks = risks == null ? Map.of() : risks;
            legalRoutes = legalRoutes == null ? Map.of() : legalRoutes;
        }

        boolean isEmpty() {
            return outcome == null && decisiveParty == null && questions.isEmpty() && basis.isEmpty() && missing == null
                    && parties.isEmpty() && partyQuestions.isEmpty() && notAssessed.isEmpty() && risks.isEmpty()
                    && legalRoutes.isEmpty() && chosenMeasures == null && addedRequirements == null;
        }
    }
}
