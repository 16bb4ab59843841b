package nl.eisenwijzer.award;

import nl.eisenwijzer.catalog.Text;

/**
 * One admissible bid ranks above another: on its total, or on equal totals by the tie-breaker named.
 *
 * @param decidedBy {@code null} when the totals decide, else the tie-breaking criterion's id
 */
public record Beats(String bidder, String other, String decidedBy, String rule, Text explanation) {
}
