package nl.eisenwijzer.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the tender awards: best price-quality ratio (BPKV) with the tender's own criteria, as the buyer publishes them
 * in the tender document (Velsen 004 §5). The rules in {@code rules/award/} score, rank and advise from this; nothing
 * here is a default the buyer did not write, except the scale (the catalogue's five-step scale).
 *
 * @param price the price criterion: points by a linear curve from the ceiling (fewest points; above it a bid is
 *     invalid) through an optional inflection point to the floor (most points; below it no more)
 * @param quality the quality criteria the committee judges, each with its maximum points
 * @param security the criterion under which the PvE's wishes score, by their weights; absent when they do not score
 * @param scale the id of the scale in {@code catalog/scoring-scales.yaml} the committee judges quality on
 * @param tieBreakers on equal totals, the criteria whose points decide, in order (then lot)
 * @param shortlist the rule that limits who is invited to a criterion judged last (the Velsen presentation rule)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"price", "quality", "security", "scale", "tieBreakers", "shortlist"})
public record Award(Price price, List<Criterion> quality, Criterion security, String scale, List<String> tieBreakers,
        Shortlist shortlist) {

    public Award {
        // A null item stays, so that the reader can refuse it with the field name.
        quality = quality == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(quality));
        tieBreakers = tieBreakers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tieBreakers));
    }

    /** The scale of {@code catalog/scoring-scales.yaml} used when the profile names none. */
    public static final String DEFAULT_SCALE = "five-step";

    /** A criterion the tender names, with its id as the tender numbers it (e.g. {@code K-1}) and its maximum points. */
    @JsonPropertyOrder({"id", "name", "maxPoints"})
    public record Criterion(String id, String name, BigDecimal maxPoints) {
    }

    /**
     * @param inflection optional point between ceiling and floor where the slope changes (omslagpunt)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "ceiling", "inflection", "floor"})
    public record Price(String id, String name, PricePoint ceiling, PricePoint inflection, PricePoint floor) {

        /** The most points price can earn: those at the floor. */
        public BigDecimal maxPoints() {
            return floor.points();
        }
    }

    /** A price in euro and the points it earns. */
    @JsonPropertyOrder({"price", "points"})
    public record PricePoint(BigDecimal price, BigDecimal points) {
    }

    /**
     * @param moreThan the number of admissible bids above which the shortlist applies (Velsen: more than five)
     * @param criterion the criterion judged last (the presentation), to which only bidders who can still win are invited
     */
    @JsonPropertyOrder({"moreThan", "criterion"})
    public record Shortlist(Integer moreThan, String criterion) {
    }

    /** Every criterion id the tender names: price, quality, security, in that order. */
    public List<String> criterionIds() {
        List<String> ids = new ArrayList<>();
        if (price != null) {
            ids.add(price.id());
        }
        quality.forEach(c -> ids.add(c.id()));
        if (security != null) {
            ids.add(security.id());
        }
        return ids;
    }
}
