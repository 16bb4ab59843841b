package nl.eisenwijzer.pve.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.catalog.TraitDefinition;

/**
 * All traits of one purchase with their reasons, gathered once by {@code rules/traits/purchase-traits.drl}
 * so that selection rules can test sets of traits cheaply and quote the reasons.
 */
public final class PurchaseTraits {

    private final Map<String, List<Trait>> byId = new LinkedHashMap<>();
    private final Map<String, Text> labels = new LinkedHashMap<>();
    // Many requirements share a condition; their reasons are worded once per purchase, not once per requirement.
    private final Map<Collection<String>, Text> becauseCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Collection<String>, Text> labelsCache = new java.util.concurrent.ConcurrentHashMap<>();

    public PurchaseTraits(Collection<Trait> traits, Collection<TraitDefinition> definitions) {
        traits.stream()
                .sorted(java.util.Comparator.comparing(Trait::id).thenComparing(Trait::rule)
                        .thenComparing(t -> t.because().en()))
                .forEach(t -> byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t));
        definitions.forEach(d -> labels.put(d.id(), d.label()));
    }

    public boolean has(String traitId) {
        return byId.containsKey(traitId);
    }

    public boolean hasAll(Set<String> traitIds) {
        return byId.keySet().containsAll(traitIds);
    }

    /** Whether all traits of at least one alternative are present (a {@code specificWhen} or {@code appliesWhen}). */
    public boolean satisfiesAny(List<Set<String>> alternatives) {
        return alternatives.stream().anyMatch(this::hasAll);
    }

    public boolean hasAny(Collection<String> traitIds) {
        return traitIds.stream().anyMatch(byId::containsKey);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** The reasons of the given traits, in a stable order, joined into one clause. */
    public Text because(Collection<String> traitIds) {
        return becauseCache.computeIfAbsent(traitIds, this::wordReasons);
    }

    // A derived trait words its reason with the reasons of the traits it comes from, so two traits can give the
    // same clause ("personal data are processed"); each clause is said once.
    private Text wordReasons(Collection<String> traitIds) {
        List<Text> reasons = traitIds.stream().sorted()
                .flatMap(id -> byId.getOrDefault(id, List.of()).stream())
                .map(Trait::because).distinct().toList();
        return Text.of(clauses(reasons.stream().map(Text::nl).toList()), clauses(reasons.stream().map(Text::en).toList()));
    }

    private static String clauses(List<String> reasons) {
        return String.join("; ", reasons.stream().flatMap(r -> java.util.Arrays.stream(r.split("; "))).distinct().toList());
    }

    /** The labels of the given traits, joined with "en"/"and". */
    public Text labels(Collection<String> traitIds) {
        return labelsCache.computeIfAbsent(traitIds, this::wordLabels);
    }

    private Text wordLabels(Collection<String> traitIds) {
        List<Text> named = traitIds.stream().sorted()
                .map(id -> labels.getOrDefault(id, Text.both(id))).toList();
        return Text.join(named, " en ", " and ");
    }

    // Equality by content keeps logical insertion stable when the same traits are gathered again.
    @Override
    public boolean equals(Object other) {
        return other instanceof PurchaseTraits that && byId.equals(that.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "PurchaseTraits" + byId.keySet();
    }
}
