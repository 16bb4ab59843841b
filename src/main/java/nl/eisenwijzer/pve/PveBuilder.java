package nl.eisenwijzer.pve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.profile.Tailoring;
import nl.eisenwijzer.pve.facts.Applies;
import nl.eisenwijzer.pve.facts.FinalWeight;
import nl.eisenwijzer.pve.facts.OwnLine;
import nl.eisenwijzer.pve.facts.Placement;
import nl.eisenwijzer.pve.facts.TailoringProblem;
import nl.eisenwijzer.pve.facts.TextParameter;
import nl.eisenwijzer.pve.facts.TextReplaced;
import nl.eisenwijzer.pve.facts.Threshold;
import nl.eisenwijzer.rules.RuleBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the PvE: runs the rules, then lays out what they decided in the requested language — lines with
 * their sub-points, annexes of the declaration lines, what was left out and why — ordered by domain and id,
 * with a fingerprint that pins catalogue, rules and profile. Layout only: every choice is in the selection.
 */
public final class PveBuilder {

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Catalog catalog;
    private final RuleBase rules;
    private final RequirementSelector selector;

    public PveBuilder(Catalog catalog, RuleBase rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.selector = new RequirementSelector(catalog, rules);
    }

    /** What the rules decided, tailoring problems included (see {@link #refuseProblems}). */
    public Selection select(ProcurementProfile profile) {
        return selector.select(profile);
    }

    /** The rules' decisions for a profile whose tailoring applies; a tailoring the rules refuse is bad input. */
    public Selection selectApplicable(ProcurementProfile profile) {
        return refuseProblems(selector.select(profile));
    }

    public Pve build(ProcurementProfile profile, Language language) {
        return build(profile, language, true);
    }

    /** @param grouped whether the PvE has its lines, sub-points and annexes (the default), or one line per requirement */
    public Pve build(ProcurementProfile profile, Language language, boolean grouped) {
        return layout(profile, selectApplicable(profile), language, grouped);
    }

    /** The first problem the tailoring rules found, as the 400 that names its field. */
    static Selection refuseProblems(Selection selection) {
        if (!selection.problems().isEmpty()) {
            TailoringProblem first = selection.problems().get(0);
            throw new InvalidInputException(first.field(), first.message());
        }
        return selection;
    }

    public Pve layout(ProcurementProfile profile, Selection selection, Language language, boolean grouped) {
        return grouped ? new Layout(profile, selection, language).pve() : ungrouped(profile, selection, language);
    }

    private Comparator<String> pveOrder() {
        return Comparator.<String>comparingInt(id -> catalog.domainOrder(catalog.requirementsById().get(id).domain()))
                .thenComparing(NaturalOrder.INSTANCE);
    }

    /** One line per applicable requirement with the kind the rules gave it alone: before grouping and tailoring. */
    private Pve ungrouped(ProcurementProfile profile, Selection selection, Language language) {
        List<Pve.Line> lines = new ArrayList<>();
        for (String id : selection.applicable().stream().sorted(pveOrder()).toList()) {
            Requirement r = catalog.requirementsById().get(id);
            List<TextParameter> parameters = selection.parameters().getOrDefault(id, List.of());
            lines.add(new Pve.Line(id, selection.kindOf(id), r.strength(), null, r.framework(), r.domain(),
                    fill(r.title(), parameters, id).in(language), fill(r.text(), parameters, id).in(language), null,
                    r.evidence(), List.of(), List.of(id), r.mappedIds(), List.of(), null, Map.of(), List.of(),
                    reasons(selection.applies().getOrDefault(id, List.of()), language),
                    selection.kinds().get(id).stream().map(d -> reason(d.rule(), d.explanation(), language)).toList(),
                    List.of(), List.of()));
        }
        return new Pve(profile.title(), catalog.info().version(), fingerprint(profile), language, false,
                summary(lines, 0), profile, lines, List.of(), exclusions(selection, language), List.of());
    }

    /** The grouped PvE, the one a tender sends out. */
    private final class Layout {

        private final ProcurementProfile profile;
        private final Selection selection;
        private final Language language;
        private final Map<String, List<Placement>> onLine = new LinkedHashMap<>();

        Layout(ProcurementProfile profile, Selection selection, Language language) {
            this.profile = profile;
            this.selection = selection;
            this.language = language;
            selection.placements().values().stream()
                    .filter(p -> !selection.isDropped(p.requirementId()))
                    .sorted(Comparator.comparing(Placement::requirementId, NaturalOrder.INSTANCE))
                    .forEach(p -> onLine.computeIfAbsent(p.lineId(), k -> new ArrayList<>()).add(p));
        }

        Pve pve() {
            List<String> leads = selection.placements().values().stream()
                    .filter(p -> p.role() == Placement.Role.LEAD && !selection.isDropped(p.requirementId()))
                    .map(Placement::requirementId).sorted(pveOrder()).toList();
            List<Pve.Line> lines = new ArrayList<>();
            leads.forEach(id -> lines.add(line(catalog.requirementsById().get(id))));
            selection.own().forEach(own -> lines.add(ownLine(own)));
            lines.sort(Comparator.<Pve.Line>comparingInt(l -> catalog.domainOrder(l.domain()))
                    .thenComparing(Pve.Line::buyersOwn)
                    .thenComparing(Pve.Line::id, NaturalOrder.INSTANCE));
            List<Pve.Annex> annexes = leads.stream().map(catalog.requirementsById()::get)
                    .filter(r -> !r.covers().isEmpty()).map(this::annex).toList();
            int annexed = annexes.stream().mapToInt(a -> a.entries().size()
                    + a.entries().stream().mapToInt(e -> e.items().size()).sum()).sum();
            return new Pve(profile.title(), catalog.info().version(), fingerprint(profile), language, true,
                    summary(lines, annexed), profile, lines, annexes, exclusions(selection, language),
                    selection.warnings().stream().map(w -> new Pve.Warning(w.lineId(), w.law().in(language), w.rule(),
                            w.explanation().in(language))).toList());
        }

        private List<Placement> placed(String lineId, Placement.Role role) {
            return onLine.getOrDefault(lineId, List.of()).stream().filter(p -> p.role() == role).toList();
        }

        private Pve.Line line(Requirement lead) {
            String id = lead.id();
            List<String> satisfies = new ArrayList<>();
            satisfies.add(id);
            placed(id, Placement.Role.MEMBER).forEach(p -> satisfies.add(p.requirementId()));
            List<Pve.Item> items = new ArrayList<>();
            for (String parent : satisfies) {
                placed(id, Placement.Role.SUB_POINT).stream().filter(p -> parent.equals(p.parentId()))
                        .forEach(p -> items.add(item(p.requirementId())));
            }
            Set<String> mapsTo = new LinkedHashSet<>();
            Set<Pve.Reason> reasons = new LinkedHashSet<>();
            Set<String> laws = new LinkedHashSet<>();
            List<Pve.Reason> mergeReasons = new ArrayList<>();
            for (String member : satisfies) {
                mapsTo.addAll(catalog.requirementsById().get(member).mappedIds());
                reasons.addAll(reasons(selection.applies().getOrDefault(member, List.of()), language));
                selection.legal().getOrDefault(member, List.of()).forEach(l -> laws.add(l.law().in(language)));
                if (!member.equals(id)) {
                    selection.merges().getOrDefault(member, List.of()).forEach(m ->
                            mergeReasons.add(reason(m.rule(), m.explanation(), language)));
                }
            }
            satisfies.forEach(mapsTo::remove);
            Kind kind = selection.lineKind(id);
            List<TextParameter> parameters = selection.parameters().getOrDefault(id, List.of());
            Text text = fill(lead.text(), parameters, id);
            TextReplaced replaced = selection.texts().get(id);
            String shown = replaced == null || replaced.text().in(language) == null || replaced.text().in(language).isBlank()
                    ? text.in(language) : replaced.text().in(language).strip();
            return new Pve.Line(id, kind, lead.strength(), weight(id, kind), lead.framework(), lead.domain(),
                    fill(lead.title(), parameters, id).in(language), shown,
                    shown.equals(text.in(language)) ? null : text.in(language), lead.evidence(),
                    kind == Kind.CONTRACTVOORWAARDE ? verification(lead) : List.of(), List.copyOf(satisfies),
                    List.copyOf(mapsTo), List.copyOf(items), lead.covers().isEmpty() ? null : id,
                    thresholds(selection, id), List.copyOf(laws), List.copyOf(reasons), kindReasons(id), mergeReasons,
                    tailoring(id));
        }

        private Pve.Line ownLine(OwnLine own) {
            Tailoring.OwnRequirement r = own.requirement();
            String id = r.id();
            Kind kind = selection.lineKind(id);
            // The buyer's own text in the PvE's language, or in the other one when it gave only that.
            return new Pve.Line(id, kind, null, weight(id, kind), r.prefix(), r.domain(), r.title().completed().in(language),
                    r.text().completed().in(language), null, List.of(), List.of(), List.of(id), List.of(), List.of(), null,
                    Map.of(), List.of(), List.of(), kindReasons(id), List.of(), tailoring(id));
        }

        private Integer weight(String lineId, Kind kind) {
            FinalWeight weight = selection.weights().get(lineId);
            if (kind == Kind.WENS && weight == null) {
                throw new IllegalStateException("the weight rules gave wish " + lineId + " no weight");
            }
            return kind == Kind.WENS ? weight.weight() : null;
        }

        private List<Pve.Reason> kindReasons(String lineId) {
            return selection.lineKinds().get(lineId).stream().map(k -> reason(k.rule(), k.explanation(), language))
                    .distinct().toList();
        }

        private List<Pve.Reason> tailoring(String lineId) {
            List<Pve.Reason> notes = new ArrayList<>();
            selection.own().stream().filter(o -> o.lineId().equals(lineId))
                    .forEach(o -> notes.add(reason(o.rule(), o.explanation(), language)));
            selection.notes().getOrDefault(lineId, List.of()).forEach(n -> notes.add(reason(n.rule(), n.explanation(), language)));
            return notes;
        }

        private Pve.Item item(String id) {
            Requirement r = catalog.requirementsById().get(id);
            List<TextParameter> parameters = selection.parameters().getOrDefault(id, List.of());
            return new Pve.Item(id, r.partOf(), r.strength(), fill(r.title(), parameters, id).in(language),
                    fill(r.text(), parameters, id).in(language));
        }

        private Pve.Annex annex(Requirement declaration) {
            String id = declaration.id();
            List<Placement> annexed = placed(id, Placement.Role.ANNEX);
            List<Pve.Annex.Entry> entries = annexed.stream().filter(p -> p.parentId() == null)
                    .map(p -> catalog.requirementsById().get(p.requirementId()))
                    .sorted(Comparator.comparing(Requirement::framework).thenComparing(Requirement::id, NaturalOrder.INSTANCE))
                    .map(r -> new Pve.Annex.Entry(r.id(), r.framework(), r.strength(), r.title().in(language),
                            r.text().in(language), annexed.stream().filter(p -> r.id().equals(p.parentId()))
                                    .map(p -> item(p.requirementId())).toList()))
                    .toList();
            List<TextParameter> parameters = selection.parameters().getOrDefault(id, List.of());
            return new Pve.Annex(id, fill(declaration.title(), parameters, id).in(language), declaration.covers(), entries);
        }

        /** How a contract condition is verified after award: the evidence it accepts, by name. */
        private List<String> verification(Requirement r) {
            return r.evidence().stream().map(e -> catalog.evidenceLabel(e).in(language)).toList();
        }
    }

    /** What a rule kept out of a PvE that another selected, and what the buyer left out. */
    private List<Pve.Exclusion> exclusions(Selection selection, Language language) {
        List<Pve.Exclusion> excluded = new ArrayList<>();
        selection.excluded().keySet().stream()
                .filter(id -> selection.applies().containsKey(id) && !selection.applicable().contains(id))
                .sorted(pveOrder())
                .forEach(id -> excluded.add(new Pve.Exclusion(id, catalog.requirementsById().get(id).title().in(language),
                        selection.excluded().get(id).stream().map(e -> reason(e.rule(), e.explanation(), language)).toList())));
        selection.dropped().values().stream().sorted(Comparator.comparing(d -> d.requirementId(), pveOrder()))
                .forEach(d -> excluded.add(new Pve.Exclusion(d.requirementId(),
                        catalog.requirementsById().get(d.requirementId()).title().in(language),
                        List.of(reason(d.rule(), d.explanation(), language)))));
        return excluded;
    }

    private static Pve.Summary summary(List<Pve.Line> lines, int annexed) {
        int[] perKind = new int[Kind.values().length];
        lines.forEach(l -> perKind[l.kind().ordinal()]++);
        int requirements = lines.stream().filter(l -> !l.buyersOwn())
                .mapToInt(l -> l.satisfies().size() + l.items().size()).sum();
        return new Pve.Summary(lines.size(), requirements, annexed, perKind[Kind.EIS.ordinal()],
                perKind[Kind.WENS.ordinal()], perKind[Kind.CONTRACTVOORWAARDE.ordinal()],
                perKind[Kind.GESCHIKTHEIDSEIS.ordinal()], (int) lines.stream().filter(Pve.Line::tailored).count());
    }

    private static List<Pve.Reason> reasons(List<Applies> applies, Language language) {
        return applies.stream().map(a -> reason(a.rule(), a.explanation(), language)).toList();
    }

    private static Pve.Reason reason(String rule, Text explanation, Language language) {
        return new Pve.Reason(rule, explanation.in(language));
    }

    /** A catalogue text with its {name} placeholders filled in with the values the rules gave for this purchase. */
    private static Text fill(Text text, List<TextParameter> parameters, String requirementId) {
        if (text.nl().indexOf('{') < 0 && text.en().indexOf('{') < 0) {
            return text;
        }
        String nl = text.nl();
        String en = text.en();
        for (TextParameter parameter : parameters) {
            nl = nl.replace("{" + parameter.name() + "}", parameter.value().nl());
            en = en.replace("{" + parameter.name() + "}", parameter.value().en());
        }
        Matcher left = PLACEHOLDER.matcher(nl + " " + en);
        if (left.find()) {
            throw new IllegalStateException("no rule gave a value for {" + left.group(1) + "} in " + requirementId);
        }
        return new Text(nl, en);
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

    /** The threshold values in effect for a requirement, by name. */
    public static Map<String, Long> thresholds(Selection selection, String requirementId) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Threshold t : selection.thresholds().getOrDefault(requirementId, List.of())) {
            values.put(t.name(), t.value());
        }
        return values;
    }
}
