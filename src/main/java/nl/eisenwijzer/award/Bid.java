package nl.eisenwijzer.award;

import java.math.BigDecimal;

/**
 * One bidder as the award rules see it: its gap verdict, its price and its score on the PvE's wishes.
 *
 * @param order the bidder's place in the request, for a stable listing only (never a tie-breaker)
 * @param price {@code null} when the dossier gives none
 */
public record Bid(String bidder, int order, boolean admissible, BigDecimal price, int wishPoints, int wishMaximum) {
}
