package nl.eisenwijzer.pve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the rules decided for one profile, language-neutral: the traits, and per requirement why it
 * applies, why it was excluded, and the obligation with the rule that set it. Maps are keyed by
 * requirement id; lists are in a stable order.
 *
 * @param merges per requirement, the grouping rules that put it on another requirement's line
 * @param lineLeads merged requirement → the requirement that leads its line (chains resolved)
 */
public record Selection(
        List<Trait> traits,
        Set<String> applicable,
        Map<String, List<Applies>> applies,
        Map<String, List<Excluded>> excluded,
        Map<String, List<ObligationDecision>> obligations,
        Map<String, List<MergedInto>> merges,
        Map<String, String> lineLeads) {

    /** The requirement whose PvE line answers this one: itself unless a grouping rule merged it. */
    public String leadOf(String requirementId) {
        return lineLeads.getOrDefault(requirementId, requirementId);
    }
}
