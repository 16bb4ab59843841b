package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/** A gap rule's decision on one PvE requirement: the status, the kind of its line, and why. */
public record ItemStatus(String requirementId, GapStatus status, Kind kind, String rule, Text explanation) {

    public boolean settled() {
        return status.settled();
    }
}
