package nl.eisenwijzer.pve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.profile.Tailoring;
import nl.eisenwijzer.pve.facts.Applicable;
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
import nl.eisenwijzer.pve.facts.Precedence;
import nl.eisenwijzer.pve.facts.TailoringNote;
import nl.eisenwijzer.pve.facts.TailoringProblem;
import nl.eisenwijzer.pve.facts.TailoringRequest;
import nl.eisenwijzer.pve.facts.TailoringRequest.Operation;
import nl.eisenwijzer.pve.facts.TailoringWarning;
import nl.eisenwijzer.pve.facts.TextParameter;
import nl.eisenwijzer.pve.facts.TextReplaced;
import nl.eisenwijzer.pve.facts.Threshold;
import nl.eisenwijzer.pve.facts.Trait;
import nl.eisenwijzer.rules.Pipeline;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.rules.SessionFacts;

/**
 * Runs the PvE pipeline for one profile: a fresh session with the catalogue, the profile and its tailoring as
 * facts, fired and disposed. Java only inserts facts and reads the conclusions; every decision is made in
 * {@code rules/pve/}. What it checks on the way out are the pipeline's promises (one kind, one place per
 * requirement), so that a broken organisation rule is caught rather than laid out.
 */
public final class RequirementSelector {

    /** A rule set that keeps firing past this is looping; stop rather than hang a request. */
    private static final int MAX_FIRINGS = 5_000_000;

    private final Catalog catalog;
    private final RuleBase rules;
    private final List<Precedence> precedence;

    public RequirementSelector(Catalog catalog, RuleBase rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.precedence = precedence(catalog);
    }

    /** Earlier framework in frameworks.yaml first, then natural id order: who leads a line several answer. */
    private static List<Precedence> precedence(Catalog catalog) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < catalog.frameworks().size(); i++) {
            position.put(catalog.frameworks().get(i).id(), i);
        }
        List<Requirement> ordered = catalog.requirements().stream()
                .sorted(Comparator.<Requirement>comparingInt(r -> position.get(r.framework()))
                        .thenComparing(Requirement::id, NaturalOrder.INSTANCE))
                .toList();
        List<Precedence> ranks = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ranks.add(new Precedence(ordered.get(i).id(), i));
        }
        return List.copyOf(ranks);
    }

    public Selection select(ProcurementProfile profile) {
        List<Object> facts = new ArrayList<>();
        facts.add(profile);
        facts.addAll(catalog.productTypes());
        facts.addAll(catalog.traits());
        facts.addAll(catalog.requirements());
        facts.addAll(catalog.topics());
        facts.addAll(catalog.traitConditions());
        facts.addAll(catalog.natsec().measures());
        facts.addAll(precedence);
        facts.addAll(requests(profile.tailoringOrNone()));
        return read(rules.fire(Pipeline.PVE, facts, MAX_FIRINGS));
    }

    private static List<TailoringRequest> requests(Tailoring tailoring) {
        List<TailoringRequest> requests = new ArrayList<>();
        for (int i = 0; i < tailoring.exclude().size(); i++) {
            Tailoring.Exclusion e = tailoring.exclude().get(i);
            requests.add(new TailoringRequest(Operation.EXCLUDE, i, e.id(), null, null, null, e.justification(), null));
        }
        for (int i = 0; i < tailoring.kind().size(); i++) {
            Tailoring.KindChange k = tailoring.kind().get(i);
            requests.add(new TailoringRequest(Operation.KIND, i, k.id(), k.kind(), null, null, k.justification(), null));
        }
        for (int i = 0; i < tailoring.text().size(); i++) {
            Tailoring.TextChange t = tailoring.text().get(i);
            requests.add(new TailoringRequest(Operation.TEXT, i, t.id(), null, new Text(t.nl(), t.en()), null,
                    t.justification(), null));
        }
        for (int i = 0; i < tailoring.weight().size(); i++) {
            Tailoring.WeightChange w = tailoring.weight().get(i);
            requests.add(new TailoringRequest(Operation.WEIGHT, i, w.id(), null, null, w.weight(), w.justification(), null));
        }
        for (int i = 0; i < tailoring.add().size(); i++) {
            Tailoring.OwnRequirement own = tailoring.add().get(i);
            requests.add(new TailoringRequest(Operation.ADD, i, own.id(), own.kind(), null, own.weight(),
                    own.justification(), own));
        }
        return requests;
    }

    private Selection read(SessionFacts facts) {
        List<Trait> traits = facts.of(Trait.class).stream()
                .sorted(Comparator.comparing(Trait::id).thenComparing(Trait::rule).thenComparing(t -> t.because().en()))
                .distinct().toList();
        TreeSet<String> applicable = new TreeSet<>();
        facts.of(Applicable.class).forEach(a -> applicable.add(a.requirementId()));
        Map<String, List<KindDecision>> kinds = group(facts.of(KindDecision.class), KindDecision::requirementId,
                Comparator.comparing(KindDecision::rule).thenComparing(d -> d.explanation().en()));
        Map<String, List<Placement>> placed = group(facts.of(Placement.class), Placement::requirementId,
                Comparator.comparing(Placement::lineId).thenComparing(Placement::rule));
        for (String id : applicable) {
            if (!kinds.containsKey(id) || kinds.get(id).stream().map(KindDecision::kind).distinct().count() != 1) {
                throw new IllegalStateException("the kind rules decided " + kinds.getOrDefault(id, List.of()) + " for " + id
                        + "; every requirement in the PvE needs exactly one kind");
            }
            if (placed.getOrDefault(id, List.of()).size() != 1) {
                throw new IllegalStateException("the grouping rules placed " + id + " " + placed.getOrDefault(id, List.of())
                        + "; every requirement in the PvE is answered in exactly one place");
            }
        }
        Map<String, Placement> placements = new HashMap<>();
        placed.forEach((id, list) -> placements.put(id, list.get(0)));
        Map<String, List<FinalKind>> lineKinds = group(facts.of(FinalKind.class), FinalKind::lineId,
                Comparator.comparing(FinalKind::rule).thenComparing(k -> k.explanation().en()));
        lineKinds.forEach((line, decided) -> {
            if (decided.stream().map(FinalKind::kind).distinct().count() != 1) {
                throw new IllegalStateException("the line rules decided " + decided + " for line " + line);
            }
        });
        Map<String, List<FinalWeight>> weighed = group(facts.of(FinalWeight.class), FinalWeight::lineId,
                Comparator.comparing(FinalWeight::rule));
        Map<String, FinalWeight> weights = new HashMap<>();
        weighed.forEach((line, list) -> {
            if (list.stream().map(FinalWeight::weight).distinct().count() != 1) {
                throw new IllegalStateException("the weight rules decided " + list + " for line " + line);
            }
            weights.put(line, list.get(0));
        });
        Map<String, Dropped> dropped = new HashMap<>();
        facts.of(Dropped.class).forEach(d -> dropped.put(d.requirementId(), d));
        Map<String, TextReplaced> texts = new HashMap<>();
        facts.of(TextReplaced.class).forEach(t -> texts.put(t.lineId(), t));
        List<OwnLine> own = facts.of(OwnLine.class).stream().sorted(Comparator.comparing(OwnLine::lineId)).toList();
        return new Selection(traits, applicable,
                group(facts.of(Applies.class), Applies::requirementId,
                        Comparator.comparing(Applies::rule).thenComparing(a -> a.explanation().en())),
                group(facts.of(Excluded.class), Excluded::requirementId,
                        Comparator.comparing(Excluded::rule).thenComparing(e -> e.explanation().en())),
                kinds,
                group(facts.of(LegalDuty.class), LegalDuty::requirementId,
                        Comparator.comparing(LegalDuty::rule).thenComparing(l -> l.law().en())),
                placements,
                group(facts.of(MergedInto.class), MergedInto::requirementId, Comparator.comparing(MergedInto::lineId)),
                lineKinds, weights,
                group(facts.of(TextParameter.class), TextParameter::requirementId, Comparator.comparing(TextParameter::name)),
                group(facts.of(Threshold.class), Threshold::requirementId, Comparator.comparing(Threshold::name)),
                dropped, texts, own,
                group(facts.of(TailoringNote.class), TailoringNote::lineId,
                        Comparator.comparing(TailoringNote::operation).thenComparing(n -> n.explanation().en())),
                facts.of(TailoringWarning.class).stream().sorted(Comparator.comparing(TailoringWarning::lineId)
                        .thenComparing(w -> w.explanation().en())).distinct().toList(),
                facts.of(TailoringProblem.class).stream().sorted(Comparator.comparing(TailoringProblem::field)
                        .thenComparing(TailoringProblem::message)).distinct().toList());
    }

    private static <T> Map<String, List<T>> group(Collection<T> items, Function<T, String> key, Comparator<T> order) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        // Most requirements have one conclusion of each kind: no sorting to do for those.
        grouped.replaceAll((k, list) -> list.size() == 1 ? List.of(list.get(0))
                : list.stream().sorted(order).distinct().toList());
        return grouped;
    }

}
