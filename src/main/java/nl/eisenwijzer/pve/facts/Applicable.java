package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Requirement;

/**
 * A requirement that some rule selected and no rule excluded: it goes into the PvE. It carries the
 * requirement itself, so later stages test its fields without joining the catalogue again; it is the same
 * conclusion whenever the id is the same.
 */
public record Applicable(String requirementId, Requirement requirement) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Applicable that && requirementId.equals(that.requirementId);
    }

    @Override
    public int hashCode() {
        return requirementId.hashCode();
    }
}
