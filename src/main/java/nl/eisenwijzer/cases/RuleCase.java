package nl.eisenwijzer.cases;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * One case in a {@code *.cases.yaml} beside a DRL file: a profile in, and what the rules must conclude.
 * Every expectation is optional; a case must state at least one.
 */
public record RuleCase(String name, ProcurementProfile profile, Expect expect) {

    /**
     * @param traits traits that must be derived
     * @param absentTraits traits that must not be derived
     * @param includes requirement ids that must be in the PvE
     * @param excludes requirement ids that must not be in the PvE
     * @param excludedBy requirement id → rule that must have kept it out of the PvE
     * @param obligations requirement id → MUST or SHOULD
     * @param reasons requirement id → rules that must be among its reasons (selection or obligation)
     * @param lines requirement id → the requirement whose PvE line answers it (itself: a line of its own)
     */
    public record Expect(
            List<String> traits,
            List<String> absentTraits,
            List<String> includes,
            List<String> excludes,
            Map<String, String> excludedBy,
            Map<String, Obligation> obligations,
            Map<String, List<String>> reasons,
            Map<String, String> lines) {

        public Expect {
            traits = traits == null ? List.of() : traits;
            absentTraits = absentTraits == null ? List.of() : absentTraits;
            includes = includes == null ? List.of() : includes;
            excludes = excludes == null ? List.of() : excludes;
            excludedBy = excludedBy == null ? Map.of() : excludedBy;
            obligations = obligations == null ? Map.of() : obligations;
            reasons = reasons == null ? Map.of() : reasons;
            lines = lines == null ? Map.of() : lines;
        }

        boolean isEmpty() {
            return traits.isEmpty() && absentTraits.isEmpty() && includes.isEmpty() && excludes.isEmpty()
                    && excludedBy.isEmpty() && obligations.isEmpty() && reasons.isEmpty() && lines.isEmpty();
        }
    }
}
