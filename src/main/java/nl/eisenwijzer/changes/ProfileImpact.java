package nl.eisenwijzer.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.NaturalOrder;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.pve.Selection;
import nl.eisenwijzer.pve.facts.TailoringProblem;

/**
 * What one procurement profile's PvE gains and loses between two catalogue versions: lines (by the
 * requirement that leads them) that appear or disappear, lines whose kind changed, and the buyer's tailorings
 * that no longer apply to the new PvE (the requirement they name left it, or is no longer a line of its own).
 * A profile that one version cannot read (say, a product type that was removed) is reported with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"profile", "linesBefore", "linesAfter", "gained", "lost", "kindChanged", "staleTailoring", "error"})
public record ProfileImpact(String profile, Integer linesBefore, Integer linesAfter, List<String> gained,
        List<String> lost, List<KindChange> kindChanged, List<StaleTailoring> staleTailoring, String error) {

    /** A line in both PvEs whose kind moved (a wish that became a knock-out, a condition that became a wish …). */
    @JsonPropertyOrder({"id", "from", "to"})
    public record KindChange(String id, Kind from, Kind to) {
    }

    /** A tailoring of the profile that the new catalogue's PvE can no longer apply, with why. */
    @JsonPropertyOrder({"field", "problem"})
    public record StaleTailoring(String field, String problem) {
    }

    public static ProfileImpact of(String name, String content, Format format, Eisenwijzer before, Eisenwijzer after) {
        Pve old;
        Pve now;
        List<StaleTailoring> stale;
        try {
            // The old PvE as it was sent out: its tailoring applied where it still applies.
            old = before.pve(tailoredWhereItApplies(before, before.readProfile(content, format)), Language.NL);
        } catch (InvalidInputException e) {
            return failed(name, "the old catalogue cannot read it: " + e.getMessage());
        }
        try {
            ProcurementProfile profile = after.readProfile(content, format);
            Selection selection = after.pveBuilder().select(profile);
            stale = selection.problems().stream().map(p -> new StaleTailoring(p.field(), p.message())).toList();
            now = after.pve(tailoredWhereItApplies(after, profile), Language.NL);
        } catch (InvalidInputException e) {
            return failed(name, "the new catalogue cannot read it: " + e.getMessage());
        }
        Map<String, Kind> was = kinds(old);
        Map<String, Kind> is = kinds(now);
        List<String> gained = is.keySet().stream().filter(id -> !was.containsKey(id)).sorted(NaturalOrder.INSTANCE).toList();
        List<String> lost = was.keySet().stream().filter(id -> !is.containsKey(id)).sorted(NaturalOrder.INSTANCE).toList();
        List<KindChange> moved = is.keySet().stream()
                .filter(id -> was.containsKey(id) && was.get(id) != is.get(id))
                .sorted(NaturalOrder.INSTANCE)
                .map(id -> new KindChange(id, was.get(id), is.get(id))).toList();
        return new ProfileImpact(name, old.requirements().size(), now.requirements().size(), gained, lost, moved, stale, null);
    }

    /**
     * The profile with only the tailoring that this catalogue's PvE can apply, so that one stale tailoring does not
     * hide what the rest of the profile gains or loses. Which tailoring applies, the rules decide.
     */
    private static ProcurementProfile tailoredWhereItApplies(Eisenwijzer engine, ProcurementProfile profile) {
        List<TailoringProblem> problems = engine.pveBuilder().select(profile).problems();
        if (problems.isEmpty()) {
            return profile;
        }
        return profile.withTailoring(StaleTailorings.without(profile.tailoringOrNone(),
                problems.stream().map(TailoringProblem::field).collect(Collectors.toSet())));
    }

    private static ProfileImpact failed(String name, String error) {
        return new ProfileImpact(name, null, null, null, null, null, null, error);
    }

    private static Map<String, Kind> kinds(Pve pve) {
        return pve.requirements().stream().collect(Collectors.toMap(Pve.Line::id, Pve.Line::kind, (a, b) -> a,
                java.util.TreeMap::new));
    }
}
