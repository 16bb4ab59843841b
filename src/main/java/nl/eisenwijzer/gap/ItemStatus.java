package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Text;

/** A gap rule's decision on one PvE requirement: the status, and why. */
public record ItemStatus(String requirementId, GapStatus status, Obligation obligation, String rule, Text explanation) {

    public boolean settled() {
        return status.settled();
    }
}
