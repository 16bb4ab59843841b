package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;

/** Derived: the party is assessed as its own chain, and why. */
public record Assessed(String entity, String rule, Text reason) {
}
