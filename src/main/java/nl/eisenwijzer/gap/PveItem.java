package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Requirement;

/**
 * A requirement of the PvE as the gap rules see it: with the obligation the selection rules set and the
 * requirement whose PvE line answers it ({@code lineId}, itself unless it was merged into another line).
 */
public record PveItem(String requirementId, Requirement requirement, Obligation obligation, String lineId) {
}
