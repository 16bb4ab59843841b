package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/**
 * A requirement the law (or a decision the buyer is bound to) asks of this purchase: leaving it out or asking
 * it more softly is possible only with a justification, and then carries a warning naming {@code law}.
 */
public record LegalDuty(String requirementId, Text law, String rule, Text explanation) {
}
