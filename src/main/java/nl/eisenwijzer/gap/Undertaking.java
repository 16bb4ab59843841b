package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/**
 * An unconditional undertaking in the dossier that meets a suitability item at award, with its evidence to follow
 * (the statement to take out the required insurance on award): the evidence the buyer then asks for.
 *
 * @param evidenceType the evidence that follows, an id from {@code catalog/evidence-types.yaml}
 */
public record Undertaking(String requirementId, String evidenceType, String rule, Text explanation) {
}
