package nl.eisenwijzer.pve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.rules.Pipeline;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.rules.SessionFacts;

/**
 * Runs the rules for one profile: a fresh session with the catalogue and the profile as facts, fired and
 * disposed. Java only inserts facts and reads the conclusions; every decision is made in {@code rules/}.
 */
public final class RequirementSelector {

    /** A rule set that keeps firing past this is looping; stop rather than hang a request. */
    private static final int MAX_FIRINGS = 5_000_000;

    private final Catalog catalog;
    private final RuleBase rules;

    public RequirementSelector(Catalog catalog, RuleBase rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    public Selection select(ProcurementProfile profile) {
        List<Object> facts = new ArrayList<>();
        facts.add(profile);
        facts.addAll(catalog.productTypes());
        facts.addAll(catalog.traits());
        facts.addAll(catalog.requirements());
        facts.addAll(catalog.traitConditions());
        facts.addAll(catalog.natsec().measures());
        for (int i = 0; i < catalog.frameworks().size(); i++) {
            facts.add(new FrameworkOrder(catalog.frameworks().get(i).id(), i));
        }
        return read(rules.fire(Pipeline.PVE, facts, MAX_FIRINGS));
    }

    private Selection read(SessionFacts facts) {
        List<Trait> traits = facts.of(Trait.class).stream()
                .sorted(Comparator.comparing(Trait::id).thenComparing(Trait::rule).thenComparing(t -> t.because().en()))
                .distinct().toList();
        TreeSet<String> applicable = new TreeSet<>();
        facts.of(Applicable.class).forEach(a -> applicable.add(a.requirementId()));
        Map<String, List<Applies>> applies = group(facts.of(Applies.class), Applies::requirementId,
                Comparator.comparing(Applies::rule).thenComparing(a -> a.explanation().en()));
        Map<String, List<Excluded>> excluded = group(facts.of(Excluded.class), Excluded::requirementId,
                Comparator.comparing(Excluded::rule).thenComparing(e -> e.explanation().en()));
        Map<String, List<ObligationDecision>> obligations = group(facts.of(ObligationDecision.class),
                ObligationDecision::requirementId, Comparator.comparing(ObligationDecision::rule)
                        .thenComparing(d -> d.explanation().en()));
        obligations.forEach((id, decisions) -> {
            if (decisions.stream().map(ObligationDecision::obligation).distinct().count() > 1) {
                throw new IllegalStateException("the obligation rules disagree on " + id + ": " + decisions);
            }
        });
        for (String id : applicable) {
            if (!obligations.containsKey(id)) {
                throw new IllegalStateException("no obligation rule decided on " + id);
            }
        }
        Map<String, List<MergedInto>> merges = group(facts.of(MergedInto.class), MergedInto::requirementId,
                Comparator.comparing(MergedInto::lineId).thenComparing(MergedInto::rule));
        return new Selection(traits, applicable, applies, excluded, obligations, merges,
                LineLeads.resolve(merges, precedence()));
    }

    private static <T> Map<String, List<T>> group(Collection<T> items, Function<T, String> key, Comparator<T> order) {
        Map<String, List<T>> grouped = new java.util.HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        // Most requirements have one conclusion of each kind: no sorting to do for those.
        grouped.replaceAll((k, list) -> list.size() == 1 ? List.of(list.get(0))
                : list.stream().sorted(order).distinct().toList());
        return grouped;
    }

    /** Earlier framework in frameworks.yaml first, then natural id order: the same order the grouping rules use. */
    private Comparator<String> precedence() {
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < catalog.frameworks().size(); i++) {
            position.put(catalog.frameworks().get(i).id(), i);
        }
        return Comparator.<String>comparingInt(id -> position.get(catalog.requirementsById().get(id).framework()))
                .thenComparing(NaturalOrder.INSTANCE);
    }

    /** The obligation the rules decided for an applicable requirement. */
    public static Obligation obligationOf(Selection selection, String requirementId) {
        return selection.obligations().get(requirementId).get(0).obligation();
    }
}
