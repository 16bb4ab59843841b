package nl.eisenwijzer.catalog;

import java.util.List;

/**
 * How a gap report's remediation roadmap is laid out ({@code catalog/roadmap.yaml}): when the supplier's
 * roadmap is due and in which order the domains are taken up. The rules in {@code rules/gap/roadmap.drl}
 * read it as a fact.
 */
public record RoadmapPolicy(Integer dueWeeksAfterContractStart, Source source, List<RoadmapPhase> phases) {

    public RoadmapPolicy {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }
}
