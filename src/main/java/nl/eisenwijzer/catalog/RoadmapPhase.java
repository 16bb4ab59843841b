package nl.eisenwijzer.catalog;

import java.util.List;

/**
 * One phase of the remediation roadmap: the domains taken up in it, in the order of the phase number.
 *
 * @param otherDomains this phase takes every domain that no other phase names
 */
public record RoadmapPhase(int phase, List<String> domains, Boolean otherDomains, Text label) {

    public RoadmapPhase {
        otherDomains = Boolean.TRUE.equals(otherDomains);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** Whether this phase takes the domains no other phase names. */
    public boolean takesOtherDomains() {
        return otherDomains;
    }
}
