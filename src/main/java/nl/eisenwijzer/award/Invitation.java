package nl.eisenwijzer.award;

import java.math.BigDecimal;
import nl.eisenwijzer.catalog.Text;

/**
 * Whether a bidder is invited to the criterion judged last, when the shortlist applies.
 *
 * @param provisional its total on every other criterion
 */
public record Invitation(String bidder, String criterionId, boolean invited, BigDecimal provisional, String rule,
        Text explanation) {
}
