package nl.eisenwijzer.pve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.pve.facts.Applies;
import nl.eisenwijzer.pve.facts.Dropped;
import nl.eisenwijzer.pve.facts.Excluded;
import nl.eisenwijzer.pve.facts.FinalKind;
import nl.eisenwijzer.pve.facts.FinalWeight;
import nl.eisenwijzer.pve.facts.KindDecision;
import nl.eisenwijzer.pve.facts.LegalDuty;
import nl.eisenwijzer.pve.facts.MergedInto;
import nl.eisenwijzer.pve.facts.OwnLine;
import nl.eisenwijzer.pve.facts.Placement;
import nl.eisenwijzer.pve.facts.TailoringNote;
import nl.eisenwijzer.pve.facts.TailoringProblem;
import nl.eisenwijzer.pve.facts.TailoringWarning;
import nl.eisenwijzer.pve.facts.TextParameter;
import nl.eisenwijzer.pve.facts.TextReplaced;
import nl.eisenwijzer.pve.facts.Threshold;
import nl.eisenwijzer.pve.facts.Trait;

/**
 * Everything the PvE rules decided for one profile, language-neutral. Maps are keyed by requirement (or line)
 * id; lists are in a stable order. Java lays this out; it decides nothing.
 *
 * @param applicable every requirement in the PvE, on a line or in an annex
 * @param kinds per requirement, the kind the rules decided for it alone (the ungrouped view)
 * @param placements per applicable requirement, where it is answered
 * @param lineKinds per line, its kind in the PvE as sent out (tailoring included), with the reasons
 * @param weights per wish, its weight
 * @param own the buyer's own requirements, in the order given
 * @param problems tailoring the rules refused; a PvE is only built when there are none
 */
public record Selection(
        List<Trait> traits,
        Set<String> applicable,
        Map<String, List<Applies>> applies,
        Map<String, List<Excluded>> excluded,
        Map<String, List<KindDecision>> kinds,
        Map<String, List<LegalDuty>> legal,
        Map<String, Placement> placements,
        Map<String, List<MergedInto>> merges,
        Map<String, List<FinalKind>> lineKinds,
        Map<String, FinalWeight> weights,
        Map<String, List<TextParameter>> parameters,
        Map<String, List<Threshold>> thresholds,
        Map<String, Dropped> dropped,
        Map<String, TextReplaced> texts,
        List<OwnLine> own,
        Map<String, List<TailoringNote>> notes,
        List<TailoringWarning> warnings,
        List<TailoringProblem> problems) {

    /** The kind the rules decided for one requirement on its own. */
    public Kind kindOf(String requirementId) {
        return kinds.get(requirementId).get(0).kind();
    }

    /** The line that answers a requirement (itself when it leads one); for an annex entry, its declaration line. */
    public String lineOf(String requirementId) {
        Placement placement = placements.get(requirementId);
        return placement == null ? requirementId : placement.lineId();
    }

    /** The kind of a line in the PvE as sent out. */
    public Kind lineKind(String lineId) {
        return lineKinds.get(lineId).get(0).kind();
    }

    /** Whether the buyer left this requirement out, or the line it is answered on. */
    public boolean isDropped(String requirementId) {
        return dropped.containsKey(requirementId) || dropped.containsKey(lineOf(requirementId));
    }
}
