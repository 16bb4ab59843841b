package nl.eisenwijzer.gap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.eisenwijzer.award.AwardAssessor;
import nl.eisenwijzer.award.AwardReport;
import nl.eisenwijzer.award.Bid;
import nl.eisenwijzer.award.Evaluation;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.RoadmapPhase;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.pve.PveBuilder;
import nl.eisenwijzer.profile.Tailoring;
import nl.eisenwijzer.pve.Selection;
import nl.eisenwijzer.rules.Pipeline;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.rules.SessionFacts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges dossiers against the PvE of one profile. The PvE is selected once; then each bidder gets a rule
 * session of its own with the PvE requirements, the evidence types, the roadmap layout and its dossier as
 * facts, so no bidder's evidence can count for another. Java inserts and reads; {@code rules/gap/} decides.
 */
public final class GapAssessor {

    private static final int MAX_FIRINGS = 1_000_000;
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private final Catalog catalog;
    private final RuleBase rules;
    private final PveBuilder pveBuilder;
    private final DossierReader dossiers;
    private final AwardAssessor award;

    public GapAssessor(Catalog catalog, RuleBase rules, PveBuilder pveBuilder) {
        this.catalog = catalog;
        this.rules = rules;
        this.pveBuilder = pveBuilder;
        this.dossiers = new DossierReader(catalog);
        this.award = new AwardAssessor(catalog, rules);
    }

    public DossierReader dossierReader() {
        return dossiers;
    }

    /**
     * The PvE a set of dossiers is judged against (the buyer's tailoring included), with the requirement ids a
     * statement may name: those on its lines, with their sub-points. An annex is answered on its declaration line.
     */
    public record Target(ProcurementProfile profile, Selection selection, Pve pve) {

        public Set<String> requirementIds() {
            Set<String> ids = new java.util.LinkedHashSet<>();
            for (Pve.Line line : pve.requirements()) {
                ids.addAll(line.satisfies());
                line.items().forEach(item -> ids.add(item.id()));
            }
            return ids;
        }

        /** For each requirement in an annex (sub-points included), the declaration line that answers it. */
        public Map<String, String> annexedOn() {
            Map<String, String> on = new HashMap<>();
            for (Pve.Line line : pve.requirements()) {
                pve.annexEntries(line).forEach(entry -> {
                    on.put(entry.id(), line.id());
                    entry.items().forEach(item -> on.put(item.id(), line.id()));
                });
            }
            return on;
        }
    }

    public Target target(ProcurementProfile profile, Language language) {
        Selection selection = pveBuilder.selectApplicable(profile);
        return new Target(profile, selection, pveBuilder.layout(profile, selection, language, true));
    }

    /**
     * Validates each dossier against the PvE (errors name {@code suppliers[i].…}) and judges them.
     *
     * @param fieldPrefix how the caller names the i-th dossier in errors, e.g. {@code suppliers[%d]}
     */
    public GapReport assess(Target target, List<SupplierDossier> suppliers, Language language, String fieldPrefix) {
        return assess(target, suppliers, null, language, fieldPrefix);
    }

    /**
     * As {@link #assess(Target, List, Language, String)}, with the evaluation committee's judgments (and a recorded
     * draw) for the award criteria of the profile; {@code null} when there are none yet.
     */
    public GapReport assess(Target target, List<SupplierDossier> suppliers, Evaluation evaluation, Language language,
            String fieldPrefix) {
        if (suppliers.isEmpty()) {
            throw new InvalidInputException("suppliers", "at least one supplier dossier is needed");
        }
        if (catalog.roadmap() == null) {
            throw new IllegalStateException("the catalogue has no roadmap.yaml");
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < suppliers.size(); i++) {
            String prefix = String.format(fieldPrefix, i);
            if (suppliers.get(i) == null) {
                throw new InvalidInputException(prefix, prefix + ": a supplier dossier is expected, not null");
            }
            try {
                dossiers.validate(suppliers.get(i), target.requirementIds(), target.annexedOn());
            } catch (InvalidInputException e) {
                String field = prefix.isEmpty() ? e.field() : prefix + "." + e.field();
                throw new InvalidInputException(field, prefix.isEmpty() ? e.getMessage() : prefix + ": " + e.getMessage(),
                        e.allowedValues());
            }
            Integer earlier = names.putIfAbsent(suppliers.get(i).name().strip(), i);
            if (earlier != null) {
                throw new InvalidInputException(prefix + ".name", "two dossiers are named '" + suppliers.get(i).name()
                        + "' (" + String.format(fieldPrefix, earlier) + " and " + prefix + "); give each bidder its own name");
            }
        }
        ProcurementProfile profile = target.profile();
        award.validate(profile.award(), names.keySet(), evaluation);
        List<PveItem> items = pveItems(target);
        List<GapReport.SupplierReport> reports = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            reports.add(judge(target, items, suppliers.get(i), language, String.format(fieldPrefix, i)));
        }
        boolean several = reports.size() > 1;
        AwardReport awarded = several || profile.award() != null
                ? award.assess(profile.award(), bids(reports), evaluation, language) : null;
        return new GapReport(profile.title(), catalog.info().version(), fingerprint(target, suppliers, evaluation), language,
                profile.referenceDate(), contractStart(profile), profile.contractEnd(), target.pve().summary(), reports,
                awarded == null ? null : ranking(reports, awarded), awarded, several ? matrix(target, reports, language) : null,
                deprecations(suppliers, fieldPrefix, language));
    }

    /**
     * Every answer given in a deprecated code, named by the field it stands in. Whatever route a dossier came by
     * (API body, file, answer sheet), its statements remember the alias they were read from, so the notice is
     * made here, once, with the caller's name for each dossier.
     */
    private static List<GapReport.Deprecation> deprecations(List<SupplierDossier> suppliers, String fieldPrefix,
            Language language) {
        List<GapReport.Deprecation> deprecations = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            String prefix = String.format(fieldPrefix, i);
            List<Statement> statements = suppliers.get(i).statements();
            for (int j = 0; j < statements.size(); j++) {
                Statement s = statements.get(j);
                if (s.deprecatedAnswer() != null) {
                    String field = "statements[" + j + "].answer";
                    deprecations.add(new GapReport.Deprecation(prefix.isEmpty() ? field : prefix + "." + field,
                            s.deprecatedAnswer(), s.answer().wire(), s.answer().deprecation(s.requirement()).in(language)));
                }
            }
        }
        return deprecations;
    }

    private static java.time.LocalDate contractStart(ProcurementProfile profile) {
        return profile.contractStart() != null ? profile.contractStart() : profile.referenceDate();
    }

    /** Every requirement on the PvE's lines, with the kind, weight and thresholds of its line. */
    private List<PveItem> pveItems(Target target) {
        Map<String, Tailoring.OwnRequirement> own = new HashMap<>();
        target.selection().own().forEach(o -> own.put(o.lineId(), o.requirement()));
        List<PveItem> items = new ArrayList<>();
        for (Pve.Line line : target.pve().requirements()) {
            int weight = line.weight() == null ? 0 : line.weight();
            List<String> ids = new ArrayList<>(line.satisfies());
            line.items().forEach(item -> ids.add(item.id()));
            for (String id : ids) {
                Requirement requirement = own.containsKey(id) ? asRequirement(own.get(id))
                        : catalog.requirementsById().get(id);
                items.add(new PveItem(id, requirement, line.kind(), line.id(), weight,
                        PveBuilder.thresholds(target.selection(), id)));
            }
        }
        return items;
    }

    /**
     * The buyer's own requirement in the shape the gap rules read: answered by the bidder's own statement. A
     * language the buyer left out shows the other, so the report names it either way.
     */
    private static Requirement asRequirement(Tailoring.OwnRequirement own) {
        return new Requirement(own.id(), own.prefix(), own.domain(), own.title().completed(), own.text().completed(), null,
                null, null, null, null, null, null, List.of("SELF-DECLARATION"), null, null, null, null, null, null, null,
                null);
    }

    private GapReport.SupplierReport judge(Target target, List<PveItem> items, SupplierDossier dossier, Language language,
            String field) {
        ProcurementProfile profile = target.profile();
        List<Object> facts = new ArrayList<>();
        facts.add(new GapContext(profile.referenceDate(), contractStart(profile), profile.contractEnd(),
                profile.contractMonths(), profile.productTypes()));
        if (profile.award() != null && profile.award().price() != null) {
            facts.add(new PriceCeiling(profile.award().price().ceiling().price()));
        }
        if (dossier.price() != null) {
            facts.add(new BidPrice(dossier.price()));
        }
        facts.add(catalog.roadmap());
        facts.add(new Bidder(dossier.name().strip(), dossier.country()));
        facts.addAll(catalog.roadmap().phases());
        facts.addAll(catalog.evidenceTypes());
        facts.addAll(items);
        facts.addAll(dossier.evidence());
        facts.addAll(dossier.statements());
        facts.addAll(dossier.waivers());
        SessionFacts concluded = rules.fire(Pipeline.GAP, facts, MAX_FIRINGS);
        refuseWaivers(concluded, dossier, language, field);
        return new ReportReader(target, items, concluded, dossier, language).read();
    }

    /** A waiver the rules refuse makes the whole request a 400 naming it: no report may rest on unequal treatment. */
    private static void refuseWaivers(SessionFacts concluded, SupplierDossier dossier, Language language, String field) {
        concluded.of(WaiverRefused.class).stream().min(Comparator.comparingInt(r -> dossier.waivers().indexOf(r.waiver())))
                .ifPresent(refused -> {
                    String at = "waivers[" + dossier.waivers().indexOf(refused.waiver()) + "].requirement";
                    String full = field.isEmpty() ? at : field + "." + at;
                    throw new InvalidInputException(full, "field '" + full + "' (" + refused.waiver().requirement() + "): "
                            + refused.explanation().in(Language.EN), List.of("a contract condition of the PvE"));
                });
    }

    /** What the award rules need of each bidder: its verdict, price and score on the wishes, in request order. */
    private static List<Bid> bids(List<GapReport.SupplierReport> reports) {
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            GapReport.SupplierReport r = reports.get(i);
            bids.add(new Bid(r.name(), i, r.verdict() == Verdict.ADMISSIBLE, r.price(), r.score().points(), r.score().maximum()));
        }
        return bids;
    }

    /** Turns one session's conclusions into the bidder's report, in PvE order and in one language. */
    private final class ReportReader {

        private final Target target;
        private final List<PveItem> pveItems;
        private final SupplierDossier dossier;
        private final Language language;
        private final Map<String, List<ItemStatus>> statuses;
        private final Map<String, List<GapNote>> notes;
        private final Map<String, List<UsableEvidence>> proofs;
        private final Map<String, List<AnsweredBy>> answers;
        private final Map<String, List<Measurement>> measurements;
        private final Map<DossierEvidence, List<EvidenceProblem>> problems;
        private final Collection<GapWarning> warnings;
        private final Collection<VerdictDecision> verdicts;
        private final Collection<WishScore> scores;
        private final Collection<RoadmapAction> actions;
        private final Collection<RoadmapDue> due;
        private final Collection<OpenCondition> open;
        private final Set<String> inSuitability;
        private final Collection<Reliance> reliances;
        private final Collection<SigningAction> beforeSigning;

        ReportReader(Target target, List<PveItem> pveItems, SessionFacts facts, SupplierDossier dossier, Language language) {
            this.target = target;
            this.pveItems = pveItems;
            this.dossier = dossier;
            this.language = language;
            this.statuses = groupedBy(facts.of(ItemStatus.class), ItemStatus::requirementId);
            this.notes = groupedBy(facts.of(GapNote.class), GapNote::requirementId);
            this.proofs = groupedBy(facts.of(UsableEvidence.class), UsableEvidence::requirementId);
            this.answers = groupedBy(facts.of(AnsweredBy.class), AnsweredBy::requirementId);
            this.measurements = groupedBy(facts.of(Measurement.class), Measurement::requirementId);
            this.problems = groupedBy(facts.of(EvidenceProblem.class), EvidenceProblem::evidence);
            this.warnings = facts.of(GapWarning.class);
            this.verdicts = facts.of(VerdictDecision.class);
            this.scores = facts.of(WishScore.class);
            this.actions = facts.of(RoadmapAction.class);
            this.due = facts.of(RoadmapDue.class);
            this.open = facts.of(OpenCondition.class);
            this.inSuitability = facts.of(SuitabilitySection.class).stream().map(SuitabilitySection::requirementId)
                    .collect(java.util.stream.Collectors.toSet());
            this.reliances = facts.of(Reliance.class);
            this.beforeSigning = facts.of(SigningAction.class);
        }

        GapReport.SupplierReport read() {
            List<GapReport.Item> items = new ArrayList<>();
            List<GapReport.Item> suitability = new ArrayList<>();
            for (PveItem pveItem : pveItems) {
                GapReport.Item item = item(pveItem);
                (inSuitability.contains(pveItem.requirementId()) ? suitability : items).add(item);
            }
            Map<GapStatus, Integer> summary = new EnumMap<>(GapStatus.class);
            for (GapStatus status : GapStatus.values()) {
                summary.put(status, 0);
            }
            items.forEach(i -> summary.merge(i.status(), 1, Integer::sum));
            suitability.forEach(i -> summary.merge(i.status(), 1, Integer::sum));
            return new GapReport.SupplierReport(dossier.name().strip(), dossier.country(), dossier.price(), verdict(),
                    verdicts.stream().map(v -> reason(v.rule(), v.explanation())).sorted(REASONS).toList(), openConditions(),
                    score(), summary, items, suitability, evidence(), warnings(), roadmap(), reliances());
        }

        private List<GapReport.OpenCondition> openConditions() {
            Map<String, Integer> order = pveOrder();
            return open.stream().sorted(Comparator.comparing(o -> order.get(o.requirementId())))
                    .map(o -> new GapReport.OpenCondition(o.requirementId(), title(o.requirementId()), o.rule(),
                            o.explanation().in(language))).toList();
        }

        private String title(String requirementId) {
            return pveItems.stream().filter(i -> i.requirementId().equals(requirementId)).findFirst().orElseThrow()
                    .requirement().title().in(language);
        }

        private List<GapReport.Reliance> reliances() {
            Map<String, Integer> order = pveOrder();
            return reliances.stream()
                    .sorted(Comparator.comparing((Reliance r) -> order.get(r.requirementId())).thenComparing(Reliance::party)
                            .thenComparing(Reliance::reliedOnFor))
                    .map(r -> new GapReport.Reliance(r.party(), r.reliedOnFor(), r.requirementId(), r.rule(),
                            r.explanation().in(language)))
                    .distinct().toList();
        }

        private List<GapReport.Evidence> evidence() {
            return dossier.evidence().stream().map(e -> new GapReport.Evidence(e.type(), e.describe(), e.date(),
                    e.validUntil(), citedBy(e.type()),
                    problems.getOrDefault(e, List.of()).stream().map(p -> reason(p.rule(), p.explanation())).toList()))
                    .toList();
        }

        private List<String> citedBy(String evidenceType) {
            return dossier.statements().stream().filter(s -> s.cites(evidenceType)).map(Statement::requirement)
                    .distinct().toList();
        }

        private GapReport.Item item(PveItem pveItem) {
            String id = pveItem.requirementId();
            Requirement requirement = pveItem.requirement();
            List<ItemStatus> decided = statuses.getOrDefault(id, List.of());
            Set<GapStatus> distinct = new HashSet<>(decided.stream().map(ItemStatus::status).toList());
            if (distinct.size() != 1) {
                throw new IllegalStateException("the gap rules decided " + (distinct.isEmpty() ? "no status" : distinct)
                        + " for " + id + "; every PvE requirement needs exactly one");
            }
            List<Pve.Reason> reasons = new ArrayList<>();
            answers.getOrDefault(id, List.of()).forEach(a -> reasons.add(reason(a.rule(), a.explanation())));
            decided.forEach(s -> reasons.add(reason(s.rule(), s.explanation())));
            if (decided.get(0).status() == GapStatus.MET) {
                proofs.getOrDefault(id, List.of()).forEach(p -> reasons.add(reason(p.rule(), p.explanation())));
            }
            notes.getOrDefault(id, List.of()).forEach(n -> reasons.add(reason(n.rule(), n.explanation())));
            Measurement measured = measurements.getOrDefault(id, List.of()).stream().findFirst().orElse(null);
            return new GapReport.Item(id, pveItem.lineId(), requirement.title().in(language), requirement.domain(),
                    decided.get(0).kind(), decided.get(0).status(),
                    measured == null ? null : measured.threshold().in(language),
                    measured == null ? null : measured.actual().in(language),
                    reasons.stream().distinct().toList());
        }

        private GapReport.Score score() {
            if (scores.size() != 1) {
                throw new IllegalStateException("the verdict rules scored " + scores + " for a bidder; exactly one score is needed");
            }
            WishScore score = scores.iterator().next();
            return new GapReport.Score(score.points(), score.maximum(), score.rule(), score.explanation().in(language));
        }

        private Verdict verdict() {
            Set<Verdict> distinct = new HashSet<>(verdicts.stream().map(VerdictDecision::verdict).toList());
            if (distinct.size() != 1) {
                throw new IllegalStateException("the verdict rules decided " + distinct + " for a bidder; exactly one is needed");
            }
            return distinct.iterator().next();
        }

        private List<GapReport.Warning> warnings() {
            return warnings.stream()
                    .sorted(Comparator.comparing(GapWarning::date).thenComparing(GapWarning::subject))
                    .map(w -> new GapReport.Warning(w.subject(), w.date(), w.rule(), w.explanation().in(language)))
                    .distinct().toList();
        }

        private GapReport.Roadmap roadmap() {
            Map<String, Integer> order = pveOrder();
            Comparator<RoadmapAction> byPve = Comparator.comparing(a -> order.get(a.requirementId()));
            List<GapReport.Action> knockOut = actions.stream().filter(RoadmapAction::knockOut).sorted(byPve)
                    .map(this::action).toList();
            TreeMap<Integer, List<RoadmapAction>> phased = new TreeMap<>();
            actions.stream().filter(a -> !a.knockOut()).sorted(byPve)
                    .forEach(a -> phased.computeIfAbsent(a.phase(), k -> new ArrayList<>()).add(a));
            List<GapReport.Phase> phases = new ArrayList<>();
            phased.forEach((number, list) -> {
                RoadmapPhase phase = catalog.roadmap().phases().get(number - 1);
                java.time.LocalDate milestone = list.stream().map(RoadmapAction::due).max(Comparator.naturalOrder()).orElse(null);
                phases.add(new GapReport.Phase(number, phase.label().in(language), milestone,
                        list.stream().map(this::action).toList()));
            });
            List<GapReport.Action> signing = beforeSigning.stream()
                    .sorted(Comparator.comparing((SigningAction a) -> order.get(a.requirementId())).thenComparing(SigningAction::rule))
                    .map(a -> action(a.requirementId(), null, a.rule(), a.explanation())).distinct().toList();
            RoadmapDue roadmapDue = due.stream().findFirst().orElse(null);
            return new GapReport.Roadmap(roadmapDue == null ? null : roadmapDue.due(),
                    due.stream().map(d -> reason(d.rule(), d.explanation())).toList(), knockOut, signing, phases);
        }

        private GapReport.Action action(RoadmapAction a) {
            return action(a.requirementId(), a.due(), a.rule(), a.explanation());
        }

        private GapReport.Action action(String requirementId, java.time.LocalDate due, String rule, Text explanation) {
            GapStatus status = statuses.get(requirementId).get(0).status();
            return new GapReport.Action(requirementId, title(requirementId), status, due, rule, explanation.in(language));
        }

        private Map<String, Integer> pveOrder() {
            Map<String, Integer> order = new HashMap<>();
            pveItems.forEach(item -> order.put(item.requirementId(), order.size()));
            return order;
        }

        private Pve.Reason reason(String rule, Text explanation) {
            return new Pve.Reason(rule, explanation.in(language));
        }
    }

    private static final Comparator<Pve.Reason> REASONS = Comparator.comparing(Pve.Reason::rule)
            .thenComparing(Pve.Reason::explanation);

    private static <K, T> Map<K, List<T>> groupedBy(Collection<T> facts, Function<T, K> key) {
        Map<K, List<T>> grouped = new HashMap<>();
        for (T fact : facts) {
            grouped.computeIfAbsent(key.apply(fact), k -> new ArrayList<>()).add(fact);
        }
        // Facts come out of the session in no fixed order; sort so the same input gives the same report.
        grouped.replaceAll((k, list) -> list.stream().sorted(Comparator.comparing(Object::toString)).toList());
        return grouped;
    }

    /** The award rules' places, in the order of the award part: admissible by place, then the excluded. */
    private static List<GapReport.Rank> ranking(List<GapReport.SupplierReport> reports, AwardReport awarded) {
        Map<String, GapReport.SupplierReport> byName = new HashMap<>();
        reports.forEach(r -> byName.put(r.name(), r));
        return awarded.bids().stream().map(bid -> {
            GapReport.SupplierReport r = byName.get(bid.bidder());
            return new GapReport.Rank(bid.rank(), r.name(), r.verdict(), bid.total(), bid.complete(), r.knockOutGaps());
        }).toList();
    }

    private GapReport.Matrix matrix(Target target, List<GapReport.SupplierReport> reports, Language language) {
        List<Map<String, GapStatus>> byBidder = reports.stream().map(r -> {
            Map<String, GapStatus> cells = new LinkedHashMap<>();
            r.items().forEach(i -> cells.put(i.requirement(), i.status()));
            r.suitability().forEach(i -> cells.put(i.requirement(), i.status()));
            return cells;
        }).toList();
        // Every bidder is judged on the same items, in PvE order: the first report gives titles and kinds.
        List<GapReport.Row> rows = new ArrayList<>();
        GapReport.SupplierReport first = reports.get(0);
        java.util.stream.Stream.concat(first.items().stream(), first.suitability().stream())
                .forEach(item -> rows.add(new GapReport.Row(item.requirement(), item.title(), item.kind(),
                        byBidder.stream().map(cells -> cells.get(item.requirement())).toList())));
        return new GapReport.Matrix(reports.stream().map(GapReport.SupplierReport::name).toList(), rows);
    }

    /** {@code sha256:<hex>} over the PvE fingerprint, the dossiers in the order given and the committee's evaluation. */
    private static String fingerprint(Target target, List<SupplierDossier> suppliers, Evaluation evaluation) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(target.pve().fingerprint().getBytes(StandardCharsets.UTF_8));
            for (SupplierDossier dossier : suppliers) {
                sha.update((byte) 0);
                sha.update(CANONICAL.writeValueAsBytes(dossier));
            }
            if (evaluation != null) {
                sha.update((byte) 1);
                sha.update(CANONICAL.writeValueAsBytes(evaluation));
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
