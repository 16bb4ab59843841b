package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/**
 * A threshold in effect for this purchase (an insurance amount, a reference period): the buyer's own from the
 * profile, or else the catalogue's. The gap rules check dossiers against it.
 */
public record Threshold(String requirementId, String name, long value, String rule, Text explanation) {
}
