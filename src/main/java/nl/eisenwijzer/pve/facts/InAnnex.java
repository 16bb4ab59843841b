package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/**
 * A requirement of a framework that a declaration line makes applicable as a whole, which this purchase
 * does not make specific: it stands in that line's annex, not on a line of its own.
 */
public record InAnnex(String requirementId, String declarationId, String rule, Text explanation) {
}
