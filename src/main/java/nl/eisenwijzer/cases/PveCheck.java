package nl.eisenwijzer.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.pve.PveBuilder;
import nl.eisenwijzer.pve.Selection;
import nl.eisenwijzer.pve.facts.Applies;
import nl.eisenwijzer.pve.facts.Excluded;
import nl.eisenwijzer.pve.facts.Placement;
import nl.eisenwijzer.pve.facts.Trait;

/**
 * Compares what the PvE rules decided for a case's profile with the case's PvE expectations: traits, what is
 * in and out, the kind and weight of lines, where each requirement is answered, legal duties, filled-in texts,
 * thresholds and tailoring warnings.
 */
final class PveCheck {

    private final Eisenwijzer engine;
    private final Selection selection;
    private final RuleCase.Expect expect;
    private final List<String> failures;

    PveCheck(Eisenwijzer engine, Selection selection, RuleCase.Expect expect, List<String> failures) {
        this.engine = engine;
        this.selection = selection;
        this.expect = expect;
        this.failures = failures;
    }

    /** @param gapReasons whether reasons are checked with the gap report, which includes these */
    void check(ProcurementProfile profile, boolean gapReasons) {
        Set<String> traits = selection.traits().stream().map(Trait::id).collect(Collectors.toSet());
        expect.traits().stream().filter(t -> !traits.contains(t))
                .forEach(t -> failures.add("trait " + t + " expected but not derived; derived: " + CaseRunner.sorted(traits)));
        expect.absentTraits().stream().filter(traits::contains)
                .forEach(t -> failures.add("trait " + t + " derived but expected absent"));
        expect.includes().stream().filter(id -> !inPve(id))
                .forEach(id -> failures.add(id + " expected in the PvE but missing" + whyMissing(id)));
        expect.excludes().stream().filter(this::inPve)
                .forEach(id -> failures.add(id + " expected out of the PvE but included by "
                        + CaseRunner.rules(selection.applies().get(id), Applies::rule)));
        expect.excludedBy().forEach((id, rule) -> {
            List<String> by = excludingRules(id);
            if (!by.contains(rule)) {
                failures.add(id + " expected excluded by rule " + rule + " but excluded by " + (by.isEmpty() ? "no rule" : by));
            }
        });
        expect.kinds().forEach((id, kind) -> {
            if (!inPve(id)) {
                failures.add(id + " expected " + kind.wire() + " but it is not in the PvE");
                return;
            }
            Kind actual = selection.lineKind(selection.lineOf(id));
            if (actual != kind) {
                failures.add(id + " expected " + kind.wire() + " but its line " + selection.lineOf(id) + " is "
                        + actual.wire() + " by " + selection.lineKinds().get(selection.lineOf(id)).stream()
                                .map(k -> k.rule()).distinct().toList());
            }
        });
        expect.weights().forEach((line, weight) -> {
            if (!selection.weights().containsKey(line)) {
                failures.add(line + " expected a wish of weight " + weight + " but has no weight");
            } else if (selection.weights().get(line).weight() != weight) {
                failures.add(line + " expected weight " + weight + " but has " + selection.weights().get(line).weight()
                        + " by " + selection.weights().get(line).rule());
            }
        });
        if (!gapReasons) {
            expect.reasons().forEach((id, expectedRules) -> {
                List<String> actual = pveRules(selection, id);
                expectedRules.stream().filter(rule -> !actual.contains(rule))
                        .forEach(rule -> failures.add(id + " expected a reason from rule " + rule + "; reasons from " + actual));
            });
        }
        expect.lines().forEach((id, line) -> {
            if (!inPve(id)) {
                failures.add(id + " expected on the line of " + line + " but it is not in the PvE");
            } else if (!lineOf(id).equals(line)) {
                failures.add(id + " expected on the line of " + line + " but is on " + lineOf(id) + " ("
                        + selection.placements().get(id).role() + " by " + selection.placements().get(id).rule() + ")");
            }
        });
        expect.placements().forEach((id, role) -> {
            Placement placement = selection.placements().get(id);
            String actual = placement == null ? "not in the PvE" : placement.role().name().toLowerCase().replace('_', '-');
            if (!actual.equals(role)) {
                failures.add(id + " expected as " + role + " but is " + actual);
            }
        });
        expect.legal().stream().filter(id -> !selection.legal().containsKey(id))
                .forEach(id -> failures.add(id + " expected to carry a legal duty but carries none"));
        if (!expect.texts().isEmpty() || !expect.thresholds().isEmpty()) {
            checkTexts(profile);
        }
        Set<String> warned = selection.warnings().stream().map(w -> w.lineId()).collect(Collectors.toSet());
        if (expect.tailoringWarnings() != null && !warned.equals(Set.copyOf(expect.tailoringWarnings()))) {
            failures.add("expected tailoring warnings on exactly " + CaseRunner.sorted(expect.tailoringWarnings())
                    + " but they are on " + CaseRunner.sorted(warned));
        }
    }

    private void checkTexts(ProcurementProfile profile) {
        Pve pve = engine.pveBuilder().layout(profile, selection, Language.NL, true);
        expect.texts().forEach((id, expected) -> {
            String text = textOf(pve, id);
            if (text == null) {
                failures.add(id + " expected a text containing '" + expected + "' but it is not on a line");
            } else if (!text.contains(expected)) {
                failures.add(id + " expected a text containing '" + expected + "' but reads: " + text);
            }
        });
        expect.thresholds().forEach((id, expected) -> {
            Map<String, Long> actual = PveBuilder.thresholds(selection, id);
            expected.forEach((name, value) -> {
                if (!value.equals(actual.get(name))) {
                    failures.add(id + " expected threshold " + name + " = " + value + " but has " + actual.get(name));
                }
            });
        });
    }

    private static String textOf(Pve pve, String id) {
        for (Pve.Line line : pve.requirements()) {
            if (line.id().equals(id)) {
                return line.title() + " " + line.text();
            }
            for (Pve.Item item : line.items()) {
                if (item.id().equals(id)) {
                    return item.title() + " " + item.text();
                }
            }
        }
        return null;
    }

    private boolean inPve(String id) {
        return selection.applicable().contains(id) && !selection.isDropped(id);
    }

    private String lineOf(String id) {
        Placement placement = selection.placements().get(id);
        return placement.role() == Placement.Role.SUB_POINT && placement.parentId() != null
                ? placement.parentId() : placement.lineId();
    }

    private List<String> excludingRules(String id) {
        List<String> rules = new ArrayList<>();
        selection.excluded().getOrDefault(id, List.of()).forEach(e -> rules.add(e.rule()));
        if (selection.dropped().containsKey(id)) {
            rules.add(selection.dropped().get(id).rule());
        }
        return rules;
    }

    private String whyMissing(String id) {
        if (selection.dropped().containsKey(id)) {
            return " (left out by the buyer)";
        }
        List<Excluded> excluded = selection.excluded().get(id);
        if (excluded != null && selection.applies().containsKey(id)) {
            return " (excluded by " + CaseRunner.rules(excluded, Excluded::rule) + ")";
        }
        return " (no rule selected it)";
    }

    /** The PvE rules behind a requirement: selection, kind, its line's kind, tailoring and legal duties. */
    static List<String> pveRules(Selection selection, String id) {
        List<String> rules = new ArrayList<>();
        selection.applies().getOrDefault(id, List.of()).forEach(a -> rules.add(a.rule()));
        selection.kinds().getOrDefault(id, List.of()).forEach(d -> rules.add(d.rule()));
        selection.legal().getOrDefault(id, List.of()).forEach(l -> rules.add(l.rule()));
        selection.lineKinds().getOrDefault(id, List.of()).forEach(k -> rules.add(k.rule()));
        selection.notes().getOrDefault(id, List.of()).forEach(n -> rules.add(n.rule()));
        if (selection.weights().containsKey(id)) {
            rules.add(selection.weights().get(id).rule());
        }
        if (selection.placements().containsKey(id)) {
            rules.add(selection.placements().get(id).rule());
        }
        return rules;
    }
}
