package nl.eisenwijzer.gap;

import java.math.BigDecimal;

/** The highest price the tender allows (its price curve's zero-points price): above it a bid is invalid. */
public record PriceCeiling(BigDecimal price) {
}
