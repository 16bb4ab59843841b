package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** A requirement that details another (its {@code partOf}): it stands as a sub-point under that one. */
public record SubPointOf(String requirementId, String parentId, String rule, Text explanation) {
}
