package nl.eisenwijzer.pve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.rules.RuleBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the PvE: runs the selection rules, then lays out their conclusions in the requested language,
 * ordered by domain and id, with a fingerprint that pins catalogue, rules and profile.
 */
public final class PveBuilder {

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private final Catalog catalog;
    private final RuleBase rules;
    private final RequirementSelector selector;

    public PveBuilder(Catalog catalog, RuleBase rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.selector = new RequirementSelector(catalog, rules);
    }

    public Selection select(ProcurementProfile profile) {
        return selector.select(profile);
    }

    public Pve build(ProcurementProfile profile, Language language) {
        return build(profile, language, true);
    }

    /** @param grouped whether requirements that one answer serves share a line (the default) */
    public Pve build(ProcurementProfile profile, Language language, boolean grouped) {
        return layout(profile, selector.select(profile), language, grouped);
    }

    public Pve layout(ProcurementProfile profile, Selection selection, Language language, boolean grouped) {
        Comparator<Requirement> order = Comparator.<Requirement>comparingInt(r -> catalog.domainOrder(r.domain()))
                .thenComparing(Requirement::id, NaturalOrder.INSTANCE);
        // Lines are sorted below; grouping only needs a fast lookup.
        Map<String, List<String>> members = new java.util.HashMap<>();
        for (String id : selection.applicable()) {
            String lead = grouped ? selection.leadOf(id) : id;
            members.computeIfAbsent(lead, k -> new ArrayList<>()).add(id);
        }
        List<Pve.Line> lines = members.keySet().stream()
                .map(id -> catalog.requirementsById().get(id))
                .sorted(order)
                .map(r -> line(r, members.get(r.id()), selection, language))
                .toList();
        List<Pve.Exclusion> excluded = selection.excluded().keySet().stream()
                .filter(id -> selection.applies().containsKey(id))
                .map(id -> catalog.requirementsById().get(id))
                .sorted(order)
                .map(r -> new Pve.Exclusion(r.id(), r.title().in(language), selection.excluded().get(r.id()).stream()
                        .map(e -> reason(e.rule(), e.explanation(), language)).toList()))
                .toList();
        int must = (int) lines.stream().filter(l -> l.obligation() == Obligation.MUST).count();
        Pve.Summary summary = new Pve.Summary(lines.size(), selection.applicable().size(), must, lines.size() - must);
        return new Pve(profile.title(), catalog.info().version(), fingerprint(profile), language, grouped, summary,
                profile, lines, excluded);
    }

    /**
     * One line led by {@code lead}, answering {@code ids} (the lead and what was merged into it). The text,
     * evidence and domain are the lead's; the line is as strict as its strictest member, because a
     * knock-out requirement stays a knock-out when it is answered on another requirement's line.
     */
    private Pve.Line line(Requirement lead, List<String> ids, Selection selection, Language language) {
        if (ids.size() == 1) {
            return single(lead, selection, language);
        }
        List<String> satisfies = new ArrayList<>();
        satisfies.add(lead.id());
        ids.stream().filter(id -> !id.equals(lead.id())).sorted(NaturalOrder.INSTANCE).forEach(satisfies::add);
        Set<Pve.Reason> reasons = new LinkedHashSet<>();
        Set<Pve.Reason> obligationReasons = new LinkedHashSet<>();
        List<Pve.Reason> mergeReasons = new ArrayList<>();
        Set<String> mapsTo = new LinkedHashSet<>();
        Obligation obligation = Obligation.SHOULD;
        for (String id : satisfies) {
            selection.applies().get(id).forEach(a -> reasons.add(reason(a.rule(), a.explanation(), language)));
            Obligation own = RequirementSelector.obligationOf(selection, id);
            if (own == Obligation.MUST || id.equals(lead.id())) {
                selection.obligations().get(id).forEach(d -> obligationReasons.add(reason(d.rule(),
                        id.equals(lead.id()) ? d.explanation() : d.explanation().prefixed(id + ": "), language)));
            }
            if (own == Obligation.MUST) {
                obligation = Obligation.MUST;
            }
            selection.merges().getOrDefault(id, List.of()).stream()
                    .filter(m -> satisfies.contains(m.lineId()))
                    .findFirst()
                    .ifPresent(m -> mergeReasons.add(reason(m.rule(), m.explanation(), language)));
            mapsTo.addAll(catalog.requirementsById().get(id).mappedIds());
        }
        satisfies.forEach(mapsTo::remove);
        return new Pve.Line(lead.id(), lead.framework(), lead.domain(), lead.title().in(language),
                lead.text().in(language), obligation, lead.evidence(), List.copyOf(satisfies),
                List.copyOf(mapsTo), List.copyOf(reasons),
                List.copyOf(obligationReasons), mergeReasons);
    }

    /** The common case, a line of its own: no merging to do, so no sets to build. */
    private static Pve.Line single(Requirement r, Selection selection, Language language) {
        List<Pve.Reason> reasons = new ArrayList<>();
        for (Applies a : selection.applies().get(r.id())) {
            reasons.add(reason(a.rule(), a.explanation(), language));
        }
        List<Pve.Reason> obligationReasons = new ArrayList<>();
        for (ObligationDecision d : selection.obligations().get(r.id())) {
            obligationReasons.add(reason(d.rule(), d.explanation(), language));
        }
        return new Pve.Line(r.id(), r.framework(), r.domain(), r.title().in(language), r.text().in(language),
                RequirementSelector.obligationOf(selection, r.id()), r.evidence(), List.of(r.id()), r.mappedIds(),
                reasons, obligationReasons, List.of());
    }

    private static Pve.Reason reason(String rule, Text explanation, Language language) {
        return new Pve.Reason(rule, explanation.in(language));
    }

    /** {@code sha256:<hex>} over the catalogue digest, the rules digest and the normalised profile as JSON. */
    public String fingerprint(ProcurementProfile profile) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(catalog.digest().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(rules.digest().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(CANONICAL.writeValueAsBytes(profile));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
