package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** Evidence of an accepted type that proves a requirement at the reference date. */
public record UsableEvidence(String requirementId, String evidenceType, String rule, Text explanation) {
}
