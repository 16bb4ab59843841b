package nl.eisenwijzer.award;

import java.math.BigDecimal;
import nl.eisenwijzer.catalog.Text;

/** The points a bid earns on one criterion, rounded to two decimals as published, with the rule that gave them. */
public record Points(String bidder, String criterionId, BigDecimal points, String rule, Text explanation) {
}
