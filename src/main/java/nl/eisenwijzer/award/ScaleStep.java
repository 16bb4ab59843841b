package nl.eisenwijzer.award;

import nl.eisenwijzer.catalog.Text;

/** A step of the scale the award's quality criteria are judged on, from {@code catalog/scoring-scales.yaml}. */
public record ScaleStep(String rating, int percent, Text label) {
}
