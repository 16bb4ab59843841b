package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** A tailoring that sets aside or softens what the law asks: allowed with a justification, and on record. */
public record TailoringWarning(String lineId, Text law, String rule, Text explanation) {
}
