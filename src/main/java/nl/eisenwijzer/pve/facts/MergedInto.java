package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/**
 * A rule's conclusion that an applicable requirement needs no line of its own: the line of {@code lineId}
 * answers it too. Chains are followed when the PvE is laid out.
 */
public record MergedInto(String requirementId, String lineId, String rule, Text explanation) {
}
