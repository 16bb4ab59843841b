package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/**
 * Where an applicable requirement is answered: as the {@code LEAD} of its own line, as a {@code MEMBER} of
 * another requirement's line (one line per topic), as a {@code SUB_POINT} under its parent on that parent's
 * line, or as an {@code ANNEX} entry of a declaration line.
 *
 * @param lineId the line that answers it (for an annex entry: the declaration line)
 * @param parentId for a sub-point (also in an annex): the requirement it details
 */
public record Placement(String requirementId, String lineId, Role role, String parentId, String rule, Text explanation) {

    public enum Role {
        LEAD, MEMBER, SUB_POINT, ANNEX
    }

    /** Whether the requirement sets the kind of its line: the lead and the members do, details do not. */
    public boolean onTheLine() {
        return role == Role.LEAD || role == Role.MEMBER;
    }
}
