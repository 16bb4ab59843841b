package nl.eisenwijzer.award;

import nl.eisenwijzer.catalog.Text;

/** An admissible bid's place: one more than the bids that beat it, so bids no tie-breaker separates share a place. */
public record Rank(String bidder, int rank, String rule, Text explanation) {
}
