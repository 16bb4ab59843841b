package nl.eisenwijzer.gap;

import java.math.BigDecimal;

/** The price the bidder offers (in euro, as the tender's price sheet asks it), as a fact of its gap session. */
public record BidPrice(BigDecimal price) {
}
