package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** For a suitability check: the threshold from the catalogue and what the dossier shows. */
public record Measurement(String requirementId, Text threshold, Text actual, String rule) {
}
