package nl.eisenwijzer.cases;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * One case in a {@code *.cases.yaml} beside a DRL file: a profile in (and, for the gap rules, a supplier
 * dossier judged against that profile's PvE), and what the rules must conclude. Every expectation is
 * optional; a case must state at least one.
 */
public record RuleCase(String name, ProcurementProfile profile, SupplierDossier supplier, Expect expect) {

    /**
     * @param traits traits that must be derived
     * @param absentTraits traits that must not be derived
     * @param includes requirement ids that must be in the PvE
     * @param excludes requirement ids that must not be in the PvE
     * @param excludedBy requirement id → rule that must have kept it out of the PvE
     * @param obligations requirement id → MUST or SHOULD
     * @param reasons requirement id → rules that must be among its reasons (selection or obligation)
     * @param lines requirement id → the requirement whose PvE line answers it (itself: a line of its own)
     * @param statuses requirement id → the gap status the supplier's dossier earns (needs {@code supplier})
     * @param verdict the supplier's verdict (needs {@code supplier})
     * @param warnings subjects (evidence type or requirement id) that must carry an expiry warning
     * @param roadmap requirement id → its roadmap phase, 0 for a knock-out gap listed apart, null for none
     */
    public record Expect(
            List<String> traits,
            List<String> absentTraits,
            List<String> includes,
            List<String> excludes,
            Map<String, String> excludedBy,
            Map<String, Obligation> obligations,
            Map<String, List<String>> reasons,
            Map<String, String> lines,
            Map<String, GapStatus> statuses,
            Verdict verdict,
            List<String> warnings,
            Map<String, Integer> roadmap) {

        public Expect {
            traits = traits == null ? List.of() : traits;
            absentTraits = absentTraits == null ? List.of() : absentTraits;
            includes = includes == null ? List.of() : includes;
            excludes = excludes == null ? List.of() : excludes;
            excludedBy = excludedBy == null ? Map.of() : excludedBy;
            obligations = obligations == null ? Map.of() : obligations;
            reasons = reasons == null ? Map.of() : reasons;
            lines = lines == null ? Map.of() : lines;
            statuses = statuses == null ? Map.of() : statuses;
            warnings = warnings == null ? List.of() : warnings;
            roadmap = roadmap == null ? Map.of() : roadmap;
        }

        boolean needsSupplier() {
            return !statuses.isEmpty() || verdict != null || !warnings.isEmpty() || !roadmap.isEmpty();
        }

        boolean isEmpty() {
            return traits.isEmpty() && absentTraits.isEmpty() && includes.isEmpty() && excludes.isEmpty()
                    && excludedBy.isEmpty() && obligations.isEmpty() && reasons.isEmpty() && lines.isEmpty() && !needsSupplier();
        }
    }
}
