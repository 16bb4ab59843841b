package nl.eisenwijzer.award;

import java.math.BigDecimal;

/** An admissible bid's points on every criterion but the one the shortlist rule invites to. */
public record Provisional(String bidder, BigDecimal points) {
}
