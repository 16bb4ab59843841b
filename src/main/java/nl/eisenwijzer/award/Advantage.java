package nl.eisenwijzer.award;

import java.math.BigDecimal;
import nl.eisenwijzer.catalog.Text;

/**
 * A criterion on which the winning bid scored more than another admissible bid: the relative advantages the award
 * letter to that bidder must name (Aanbestedingswet 2012 art. 2.130).
 */
public record Advantage(String winner, String other, String criterionId, BigDecimal winnerPoints, BigDecimal otherPoints,
        String rule, Text explanation) {
}
