package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** A selection rule's finding that a requirement must not be asked, whatever selected it, and why. */
public record Excluded(String requirementId, String rule, Text explanation) {
}
