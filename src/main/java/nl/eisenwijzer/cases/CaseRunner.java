package nl.eisenwijzer.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.TraitDefinition;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.StrictReader.Located;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.pve.Selection;
import nl.eisenwijzer.sources.SourceFile;
import nl.eisenwijzer.sources.SourceSet;

/**
 * Runs the {@code *.cases.yaml} files that sit beside the DRL files, against the real catalogue and the
 * whole rule base: the JUnit suite and the {@code test} command both use this, so organisations adding
 * rules can test them the same way. An expectation naming a requirement or trait that does not exist
 * fails, so a case cannot pass by testing nothing.
 */
public final class CaseRunner {

    public static final String SUFFIX = ".cases.yaml";

    /** The result of one case; a file that cannot be read is one failed outcome without a case name. */
    public record Outcome(String file, int line, String name, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }

        public String label() {
            return file + ":" + line + (name == null ? "" : " " + name);
        }
    }

    private final Eisenwijzer engine;

    public CaseRunner(Eisenwijzer engine) {
        this.engine = engine;
    }

    /** The DRL files that have no cases file beside them. */
    public static List<String> drlWithoutCases(SourceSet rules) {
        Set<String> cases = rules.withSuffix(SUFFIX).stream().map(SourceFile::path).collect(Collectors.toSet());
        return rules.withSuffix(".drl").stream().map(SourceFile::path)
                .filter(drl -> !cases.contains(drl.substring(0, drl.length() - ".drl".length()) + SUFFIX))
                .toList();
    }

    public List<Outcome> runAll(SourceSet rules) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SourceFile file : rules.withSuffix(SUFFIX)) {
            outcomes.addAll(run(file));
        }
        return outcomes;
    }

    public List<Outcome> run(SourceFile file) {
        List<Located<RuleCase>> cases;
        try {
            cases = StrictReader.readList(file.content(), "cases", RuleCase.class);
        } catch (InvalidInputException e) {
            return List.of(new Outcome(file.path(), 0, null, List.of(e.getMessage())));
        }
        if (cases.isEmpty()) {
            return List.of(new Outcome(file.path(), 0, null, List.of("the file holds no cases")));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Located<RuleCase> located : cases) {
            outcomes.add(new Outcome(file.path(), located.line(), located.value().name(), check(located.value())));
        }
        return outcomes;
    }

    private List<String> check(RuleCase c) {
        List<String> failures = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            failures.add("the case has no name");
        }
        if (c.profile() == null) {
            failures.add("the case has no profile");
            return failures;
        }
        if (c.expect() == null || c.expect().isEmpty()) {
            failures.add("the case expects nothing; state at least one expectation");
            return failures;
        }
        ProcurementProfile profile;
        try {
            profile = engine.profileReader().normalise(c.profile());
        } catch (InvalidInputException e) {
            failures.add("profile: " + e.getMessage());
            return failures;
        }
        RuleCase.Expect expect = c.expect();
        checkNamesExist(expect, profile, failures);
        if (!failures.isEmpty()) {
            return failures;
        }
        Selection selection = engine.pveBuilder().select(profile);
        if (expect.refused() != null && (c.dossiers().isEmpty() || !selection.problems().isEmpty())) {
            checkRefused(expect.refused(), selection, failures);
            return failures;
        }
        if (!selection.problems().isEmpty()) {
            failures.add("the tailoring rules refused the case's profile: " + selection.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).toList());
            return failures;
        }
        boolean judged = !c.dossiers().isEmpty();
        new PveCheck(engine, selection, expect, failures).check(profile, judged && expect.needsSupplier());
        if ((expect.needsSupplier() || expect.refused() != null) && judged) {
            checkGap(c, profile, selection, failures);
        } else if (expect.needsSupplier()) {
            failures.add("statuses, verdict, warnings, roadmap, score, openConditions, reliances, beforeSigning and award "
                    + "expectations need a 'supplier' or 'suppliers' in the case");
        }
        if (expect.natsec() != null && c.supplier() != null) {
            new NatsecCheck(engine).check(c, profile, failures);
        } else if (expect.natsec() != null) {
            failures.add("natsec expectations need a 'supplier' dossier in the case");
        }
        return failures;
    }

    /** Judges the case's dossier against the case profile's PvE and compares the gap expectations. */
    private void checkGap(RuleCase c, ProcurementProfile profile, Selection selection, List<String> failures) {
        RuleCase.Expect expect = c.expect();
        GapAssessor gaps = engine.gaps();
        GapReport report;
        boolean several = c.dossiers().size() > 1;
        try {
            report = gaps.assess(gaps.target(profile, Language.EN), c.dossiers(), c.evaluation(), Language.EN,
                    several ? "suppliers[%d]" : "supplier");
        } catch (InvalidInputException e) {
            if (expect.refused() == null) {
                failures.add(e.getMessage());
            } else if (!expect.refused().equals(e.field())) {
                failures.add("expected to be refused at " + expect.refused() + " but was refused at " + e.field() + ": " + e.getMessage());
            }
            return;
        }
        if (expect.refused() != null) {
            failures.add("expected to be refused at " + expect.refused() + " but the rules accepted it");
            return;
        }
        if (expect.award() != null) {
            new AwardCheck(report, expect.award(), failures).check();
        }
        if (several) {
            return;
        }
        GapReport.SupplierReport supplier = report.suppliers().get(0);
        if (expect.openConditions() != null) {
            List<String> open = supplier.openContractConditions().stream().map(GapReport.OpenCondition::requirement).sorted().toList();
            if (!open.equals(expect.openConditions().stream().sorted().toList())) {
                failures.add("open contract conditions expected " + expect.openConditions().stream().sorted().toList() + " but are " + open);
            }
        }
        Map<String, GapReport.Item> items = new java.util.HashMap<>();
        supplier.items().forEach(i -> items.put(i.requirement(), i));
        supplier.suitability().forEach(i -> items.put(i.requirement(), i));
        expect.statuses().forEach((id, status) -> {
            GapReport.Item item = items.get(id);
            if (item == null) {
                failures.add(id + " expected " + status + " but it is not in the PvE");
            } else if (item.status() != status) {
                failures.add(id + " expected " + status + " but is " + item.status() + ": " + item.reasons().stream()
                        .map(r -> r.rule() + ": " + r.explanation()).collect(Collectors.joining(" | ")));
            }
        });
        expect.reasons().forEach((id, expectedRules) -> {
            GapReport.Item item = items.get(id);
            List<String> actual = item == null ? List.of() : item.reasons().stream().map(Pve.Reason::rule).toList();
            expectedRules.stream().filter(rule -> !actual.contains(rule) && !selectionRule(selection, id, rule))
                    .forEach(rule -> failures.add(id + " expected a reason from rule " + rule + "; gap reasons from " + actual));
        });
        if (expect.verdict() != null && supplier.verdict() != expect.verdict()) {
            failures.add("verdict expected " + expect.verdict() + " but is " + supplier.verdict() + ": "
                    + supplier.verdictReasons().stream().map(Pve.Reason::explanation).collect(Collectors.joining(" | ")));
        }
        if (!expect.score().isEmpty()) {
            Map<String, Integer> actual = Map.of("points", supplier.score().points(), "maximum", supplier.score().maximum());
            if (!actual.equals(expect.score())) {
                failures.add("score expected " + expect.score() + " but is " + actual + ": " + supplier.score().explanation());
            }
        }
        Set<String> warned = supplier.warnings().stream().map(GapReport.Warning::subject).collect(Collectors.toSet());
        expect.warnings().stream().filter(w -> !warned.contains(w))
                .forEach(w -> failures.add("a warning about " + w + " expected; warnings about " + sorted(warned)));
        exactly("reliances on", expect.reliances(), supplier.reliances().stream().map(GapReport.Reliance::party), failures);
        exactly("evidence before signing for", expect.beforeSigning(),
                supplier.roadmap().beforeSigning().stream().map(GapReport.Action::requirement), failures);
        Map<String, Integer> phases = new java.util.HashMap<>();
        supplier.roadmap().knockOut().forEach(a -> phases.put(a.requirement(), 0));
        supplier.roadmap().phases().forEach(p -> p.actions().forEach(a -> phases.put(a.requirement(), p.phase())));
        expect.roadmap().forEach((id, phase) -> {
            if (!java.util.Objects.equals(phases.get(id), phase)) {
                failures.add(id + " expected " + (phase == null ? "out of the roadmap" : "in roadmap phase " + phase
                        + " (0 = knock-out)") + " but is " + (phases.containsKey(id) ? "in phase " + phases.get(id) : "not in it"));
            }
        });
    }

    /** An expectation of exactly these values (in any order), unless the case leaves it out ({@code null}). */
    private static void exactly(String what, List<String> expected, java.util.stream.Stream<String> actual,
            List<String> failures) {
        if (expected == null) {
            return;
        }
        Set<String> found = actual.collect(Collectors.toSet());
        if (!found.equals(Set.copyOf(expected))) {
            failures.add(what + " " + sorted(expected) + " expected but the report has " + sorted(found));
        }
    }

    /** Whether a rule named in {@code reasons} is a selection, kind or tailoring rule of that requirement. */
    private static boolean selectionRule(Selection selection, String id, String rule) {
        return PveCheck.pveRules(selection, id).contains(rule);
    }

    private static void checkRefused(String field, Selection selection, List<String> failures) {
        if (selection.problems().isEmpty()) {
            failures.add("the tailoring was expected to be refused at " + field + " but the rules accepted it");
        } else if (!selection.problems().get(0).field().equals(field)) {
            failures.add("the tailoring was expected to be refused at " + field + " but was refused at "
                    + selection.problems().stream().map(p -> p.field() + " (" + p.message() + ")").toList());
        }
    }

    private void checkNamesExist(RuleCase.Expect expect, ProcurementProfile profile, List<String> failures) {
        Set<String> requirementIds = new java.util.HashSet<>(engine.catalog().requirementsById().keySet());
        profile.tailoringOrNone().add().forEach(own -> requirementIds.add(own.id()));
        Set<String> traitIds = engine.catalog().traits().stream().map(TraitDefinition::id).collect(Collectors.toSet());
        List<String> ids = new ArrayList<>();
        ids.addAll(expect.includes());
        ids.addAll(expect.excludes());
        ids.addAll(expect.excludedBy().keySet());
        ids.addAll(expect.kinds().keySet());
        ids.addAll(expect.reasons().keySet());
        ids.addAll(expect.lines().keySet());
        ids.addAll(expect.placements().keySet());
        ids.addAll(expect.legal());
        ids.addAll(expect.texts().keySet());
        ids.addAll(expect.thresholds().keySet());
        ids.addAll(expect.statuses().keySet());
        ids.addAll(expect.roadmap().keySet());
        if (expect.beforeSigning() != null) {
            ids.addAll(expect.beforeSigning());
        }
        if (expect.natsec() != null && expect.natsec().addedRequirements() != null) {
            ids.addAll(expect.natsec().addedRequirements());
        }
        ids.stream().filter(id -> !requirementIds.contains(id))
                .forEach(id -> failures.add("expectation names unknown requirement " + id));
        List<String> traits = new ArrayList<>(expect.traits());
        traits.addAll(expect.absentTraits());
        traits.stream().filter(t -> !traitIds.contains(t)).forEach(t -> failures.add("expectation names unknown trait " + t));
    }

    static <T> String rules(Collection<T> items, java.util.function.Function<T, String> rule) {
        return items == null || items.isEmpty() ? "no rule" : items.stream().map(rule).distinct().collect(Collectors.joining(", "));
    }

    static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    /** One line per outcome and a closing count, as the {@code test} command prints it. */
    public static String report(List<Outcome> outcomes, List<String> drlWithoutCases) {
        StringBuilder out = new StringBuilder();
        for (Outcome outcome : outcomes) {
            out.append(outcome.passed() ? "PASS " : "FAIL ").append(outcome.label()).append('\n');
            outcome.failures().forEach(f -> out.append("     - ").append(f).append('\n'));
        }
        drlWithoutCases.forEach(drl -> out.append("FAIL ").append(drl).append(": no ")
                .append(drl.replaceAll(".*/", "").replace(".drl", SUFFIX)).append(" beside it\n"));
        long passed = outcomes.stream().filter(Outcome::passed).count();
        long failed = outcomes.size() - passed + drlWithoutCases.size();
        out.append(passed).append(" passed, ").append(failed).append(" failed\n");
        return out.toString();
    }

}
