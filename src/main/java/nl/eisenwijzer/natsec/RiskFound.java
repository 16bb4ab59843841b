package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;

/** Derived: a national-security risk (an id from {@code catalog/risks.yaml}) found for a party, and why. */
public record RiskFound(String entity, String risk, String rule, Text reason) {
}
