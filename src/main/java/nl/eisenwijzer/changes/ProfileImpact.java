package nl.eisenwijzer.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.pve.NaturalOrder;
import nl.eisenwijzer.pve.Pve;

/**
 * What one procurement profile's PvE gains and loses between two catalogue versions: lines (by the
 * requirement that leads them) that appear or disappear, and lines whose obligation changed. A profile that
 * one version cannot read (say, a product type that was removed) is reported with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"profile", "linesBefore", "linesAfter", "gained", "lost", "obligationChanged", "error"})
public record ProfileImpact(String profile, Integer linesBefore, Integer linesAfter, List<String> gained,
        List<String> lost, List<ObligationChange> obligationChanged, String error) {

    /** A line in both PvEs whose obligation moved (a wish that became a knock-out, or back). */
    @JsonPropertyOrder({"id", "from", "to"})
    public record ObligationChange(String id, Obligation from, Obligation to) {
    }

    public static ProfileImpact of(String name, String content, Format format, Eisenwijzer before, Eisenwijzer after) {
        Pve old;
        Pve now;
        try {
            old = before.pve(before.readProfile(content, format), Language.NL);
        } catch (InvalidInputException e) {
            return failed(name, "the old catalogue cannot read it: " + e.getMessage());
        }
        try {
            now = after.pve(after.readProfile(content, format), Language.NL);
        } catch (InvalidInputException e) {
            return failed(name, "the new catalogue cannot read it: " + e.getMessage());
        }
        Map<String, Obligation> was = obligations(old);
        Map<String, Obligation> is = obligations(now);
        List<String> gained = is.keySet().stream().filter(id -> !was.containsKey(id)).sorted(NaturalOrder.INSTANCE).toList();
        List<String> lost = was.keySet().stream().filter(id -> !is.containsKey(id)).sorted(NaturalOrder.INSTANCE).toList();
        List<ObligationChange> moved = is.keySet().stream()
                .filter(id -> was.containsKey(id) && was.get(id) != is.get(id))
                .sorted(NaturalOrder.INSTANCE)
                .map(id -> new ObligationChange(id, was.get(id), is.get(id))).toList();
        return new ProfileImpact(name, old.requirements().size(), now.requirements().size(), gained, lost, moved, null);
    }

    private static ProfileImpact failed(String name, String error) {
        return new ProfileImpact(name, null, null, null, null, null, error);
    }

    private static Map<String, Obligation> obligations(Pve pve) {
        return pve.requirements().stream().collect(Collectors.toMap(Pve.Line::id, Pve.Line::obligation, (a, b) -> a,
                java.util.TreeMap::new));
    }
}
