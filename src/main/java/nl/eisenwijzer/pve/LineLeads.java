package nl.eisenwijzer.pve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the grouping rules' {@link MergedInto} conclusions into one lead per PvE line. A requirement
 * merged into several lines goes to the first by precedence; chains (A into B, B into C) end at the last
 * requirement that is not merged further. A cycle, which only contradictory catalogue data can cause,
 * ends at its first member by precedence so that the result is still deterministic.
 */
final class LineLeads {

    private LineLeads() {
    }

    /** Member id → the id of the requirement that leads its line, for every merged requirement. */
    static Map<String, String> resolve(Map<String, List<MergedInto>> merges, Comparator<String> precedence) {
        Map<String, String> parent = new TreeMap<>();
        merges.forEach((member, into) -> into.stream().map(MergedInto::lineId)
                .filter(lead -> !lead.equals(member)).min(precedence)
                .ifPresent(lead -> parent.put(member, lead)));
        Map<String, String> leads = new TreeMap<>();
        for (String member : parent.keySet()) {
            Set<String> path = new LinkedHashSet<>();
            String current = member;
            while (parent.containsKey(current) && path.add(current)) {
                current = parent.get(current);
            }
            if (path.contains(current)) {
                List<String> cycle = new ArrayList<>(path);
                current = cycle.subList(cycle.indexOf(current), cycle.size()).stream().min(precedence).orElseThrow();
            }
            if (!current.equals(member)) {
                leads.put(member, current);
            }
        }
        return leads;
    }
}
