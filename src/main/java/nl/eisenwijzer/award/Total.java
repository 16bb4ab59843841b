package nl.eisenwijzer.award;

import java.math.BigDecimal;
import nl.eisenwijzer.catalog.Text;

/** An admissible bid's total: the sum of its points; {@code complete} when no criterion is unscored. */
public record Total(String bidder, BigDecimal points, boolean complete, String rule, Text explanation) {
}
