package nl.eisenwijzer.award;

import java.math.BigDecimal;
import nl.eisenwijzer.catalog.Text;

/**
 * The shortlist rule is in force: more admissible bids than the tender's limit, so only bidders who can still win
 * are invited to the criterion judged last.
 *
 * @param leaderPoints the highest provisional total, on every criterion but the last
 */
public record ShortlistApplies(String criterionId, int admissible, BigDecimal leaderPoints, String rule, Text explanation) {
}
