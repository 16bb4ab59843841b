package nl.eisenwijzer.award;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import nl.eisenwijzer.pve.Pve.Reason;

/**
 * The award part of a gap report: the criteria, every bid's points with the rule and the arithmetic behind each, the
 * ranking, the shortlist and draw when they apply, the award advice and, per bidder, the material of its award letter.
 * Decided by {@code rules/award/}; this is its reading, in one language.
 *
 * @param bids admissible bids by place (equal places in request order), then the excluded ones in request order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"criteria", "scale", "bids", "shortlist", "draw", "advice", "letters"})
public record AwardReport(List<CriterionLine> criteria, List<ScaleLine> scale, List<BidLine> bids, ShortlistLine shortlist,
        DrawLine draw, Advice advice, List<Letter> letters) {

    public enum CriterionKind { PRICE, QUALITY, SECURITY }

    @JsonPropertyOrder({"id", "name", "maxPoints", "kind"})
    public record CriterionLine(String id, String name, BigDecimal maxPoints, CriterionKind kind) {
    }

    /** A step of the scale quality is judged on: the rating code, its name, the share of the maximum. */
    @JsonPropertyOrder({"rating", "label", "percent"})
    public record ScaleLine(String rating, String label, int percent) {
    }

    /**
     * @param rank the bid's place; absent for an excluded bid
     * @param price the bid price in euro; absent when the dossier gives none
     * @param total the sum of its points; absent for an excluded bid
     * @param complete whether every criterion is scored; absent for an excluded bid
     * @param invited whether it was invited to the shortlist's criterion; absent when no shortlist applies
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bidder", "rank", "admissible", "price", "total", "complete", "invited", "scores", "unscored", "reasons"})
    public record BidLine(String bidder, Integer rank, boolean admissible, BigDecimal price, BigDecimal total, Boolean complete,
            Boolean invited, List<Score> scores, List<Reason> unscored, List<Reason> reasons) {
    }

    /**
     * @param rating the committee's rating code, for a quality criterion
     * @param motivation the committee's motivation, for a quality criterion
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"criterion", "points", "rating", "motivation", "rule", "explanation"})
    public record Score(String criterion, BigDecimal points, String rating, String motivation, String rule, String explanation) {
    }

    @JsonPropertyOrder({"criterion", "admissibleBids", "rule", "explanation", "invited", "notInvited"})
    public record ShortlistLine(String criterion, int admissibleBids, String rule, String explanation, List<Reason> invited,
            List<Reason> notInvited) {
    }

    /** @param result the draw as held, when it is recorded */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bidders", "rule", "explanation", "result"})
    public record DrawLine(List<String> bidders, String rule, String explanation, DrawResult result) {
    }

    /** @param winner the intended winner; absent unless the outcome is AWARD */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"outcome", "winner", "rule", "explanation"})
    public record Advice(AwardAdvice.Outcome outcome, String winner, String rule, String explanation) {
    }

    public enum LetterOutcome { AWARDED, NOT_AWARDED, EXCLUDED }

    /**
     * What the award letter to one bidder rests on (Aanbestedingswet 2012 art. 2.130): its outcome and place, its points
     * and the winner's, and the criteria on which the winning bid scored more. Letters exist only once the advice is AWARD.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bidder", "outcome", "rank", "points", "winner", "winnerPoints", "advantages"})
    public record Letter(String bidder, LetterOutcome outcome, Integer rank, BigDecimal points, String winner,
            BigDecimal winnerPoints, List<AdvantageLine> advantages) {
    }

    @JsonPropertyOrder({"criterion", "winnerPoints", "points", "rule", "explanation"})
    public record AdvantageLine(String criterion, BigDecimal winnerPoints, BigDecimal points, String rule, String explanation) {
    }
}
