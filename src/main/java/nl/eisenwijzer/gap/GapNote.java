package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** A further reason on a requirement that does not decide its status (an expired waiver, missing evidence). */
public record GapNote(String requirementId, String rule, Text explanation) {
}
