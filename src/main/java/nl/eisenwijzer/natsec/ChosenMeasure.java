package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;

/**
 * Derived: a realisable control measure taken up because it addresses a risk found for a party whose
 * outcome is MITIGATE; its requirements go into the PvE as MUST.
 */
public record ChosenMeasure(String measure, String entity, String risk, String rule, Text reason) {
}
