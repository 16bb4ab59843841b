package nl.eisenwijzer.award;

import nl.eisenwijzer.catalog.Text;

/** A criterion an admissible bid has no points on yet (no judgment, no price): its total is incomplete. */
public record Unscored(String bidder, String criterionId, String rule, Text explanation) {
}
