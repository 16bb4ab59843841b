package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** A selection rule's finding that a requirement applies to the purchase, and why. */
public record Applies(String requirementId, String rule, Text explanation) {
}
