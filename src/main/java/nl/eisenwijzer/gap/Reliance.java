package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/**
 * The bidder relies on another party's capacity to meet a requirement (beroep op derden): recorded whenever a rule
 * lets that party's evidence count, since the reliance brings obligations of its own.
 *
 * @param party the party relied on, as the dossier names it
 */
public record Reliance(String party, ReliedOnFor reliedOnFor, String requirementId, String rule, Text explanation) {
}
