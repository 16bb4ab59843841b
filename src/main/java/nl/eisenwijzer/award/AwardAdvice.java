package nl.eisenwijzer.award;

import nl.eisenwijzer.catalog.Text;

/**
 * What the committee can advise: the intended award (voornemen tot gunning), or why it cannot yet.
 *
 * @param winner the bidder to award to; {@code null} unless {@code outcome} is {@link Outcome#AWARD}
 */
public record AwardAdvice(Outcome outcome, String winner, String rule, Text explanation) {

    public enum Outcome {
        /** one bid ranks first (by points, a tie-breaker or a recorded draw) */
        AWARD,
        /** bids share first place after every tie-breaker and no draw is recorded */
        DRAW_NEEDED,
        /** an admissible bid still lacks a price or a judgment */
        INCOMPLETE,
        /** no bid is admissible */
        NO_ADMISSIBLE_BID
    }
}
