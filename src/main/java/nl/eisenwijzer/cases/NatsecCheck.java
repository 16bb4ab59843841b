package nl.eisenwijzer.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.natsec.Question;
import nl.eisenwijzer.profile.ProcurementProfile;

/** Runs a case's national-security test and compares it with the case's {@code natsec} expectations. */
final class NatsecCheck {

    private static final List<String> QUESTIONS = WireEnum.allowed(Question.class);

    private final Eisenwijzer engine;

    NatsecCheck(Eisenwijzer engine) {
        this.engine = engine;
    }

    void check(RuleCase c, ProcurementProfile profile, List<String> failures) {
        RuleCase.NatsecExpect expect = c.expect().natsec();
        NatsecReport report;
        try {
            report = engine.natsec().assess(profile, c.supplier(), c.answers(), c.realisableMeasures(), Language.EN, "supplier");
        } catch (InvalidInputException e) {
            failures.add(e.getMessage());
            return;
        }
        if (expect.outcome() != null && report.outcome() != expect.outcome()) {
            failures.add("outcome expected " + expect.outcome() + " but is " + report.outcome() + ": "
                    + report.outcomeReasons().get(1).explanation());
        }
        if (expect.decisiveParty() != null && !expect.decisiveParty().equals(report.decisiveParty())) {
            failures.add("decisive party expected " + expect.decisiveParty() + " but is " + report.decisiveParty());
        }
        answers("", report.questions(), expect.questions(), failures);
        expect.basis().forEach((q, basis) -> {
            NatsecReport.QuestionAnswer answer = report.questions().get(q);
            if (answer == null || answer.basis() != basis) {
                failures.add(q + " expected " + basis.wire() + " but is " + (answer == null ? "not answered" : answer.basis().wire()));
            }
        });
        if (expect.missing() != null && !expect.missing().equals(report.missing())) {
            failures.add("missing expected " + expect.missing() + " but is " + report.missing());
        }
        expect.parties().forEach((name, outcome) -> party(report, name, failures).ifPresent(p -> {
            if (p.outcome() != outcome) {
                failures.add(name + ": outcome expected " + outcome + " but is " + (p.outcome() == null ? "none (not assessed)"
                        : p.outcome() + ": " + p.outcomeReasons().get(0).explanation()));
            }
        }));
        expect.partyQuestions().forEach((name, expected) -> party(report, name, failures).ifPresent(p ->
                answers(name + ": ", p.questions() == null ? Map.of() : p.questions(), expected, failures)));
        if (!expect.notAssessed().isEmpty()) {
            same("not assessed", expect.notAssessed(), report.chain().stream().filter(p -> !p.assessed())
                    .map(NatsecReport.Party::name).toList(), failures);
        }
        expect.risks().forEach((name, risks) -> party(report, name, failures).ifPresent(p -> same(name + ": risks", risks,
                p.risks() == null ? List.of() : p.risks().stream().map(NatsecReport.Risk::risk).toList(), failures)));
        expect.legalRoutes().forEach((name, route) -> party(report, name, failures).ifPresent(p -> {
            if (p.legalRoute() == null || p.legalRoute().route() != route) {
                failures.add(name + ": legal route expected " + route + " but is "
                        + (p.legalRoute() == null ? "none" : p.legalRoute().route()));
            }
        }));
        if (expect.chosenMeasures() != null) {
            same("chosen measures", expect.chosenMeasures(),
                    report.chosenMeasures().stream().map(NatsecReport.Chosen::measure).toList(), failures);
        }
        if (expect.addedRequirements() != null) {
            same("added requirements", expect.addedRequirements(),
                    report.addedRequirements().stream().map(NatsecReport.AddedRequirement::requirement).toList(), failures);
        }
    }

    private static void answers(String prefix, Map<String, NatsecReport.QuestionAnswer> actual, Map<String, Tri> expected,
            List<String> failures) {
        expected.forEach((q, value) -> {
            if (!QUESTIONS.contains(q)) {
                failures.add(prefix + "unknown question '" + q + "'; allowed: " + String.join(", ", QUESTIONS));
                return;
            }
            NatsecReport.QuestionAnswer answer = actual.get(q);
            if (answer == null) {
                failures.add(prefix + q + " expected " + value.wire() + " but the party is not assessed");
            } else if (answer.answer() != value) {
                failures.add(prefix + q + " expected " + value.wire() + " but is " + answer.answer().wire() + ": "
                        + answer.reasons().stream().map(r -> r.rule() + ": " + r.explanation()).toList());
            }
        });
    }

    private static java.util.Optional<NatsecReport.Party> party(NatsecReport report, String name, List<String> failures) {
        java.util.Optional<NatsecReport.Party> party = report.chain().stream().filter(p -> p.name().equals(name)).findFirst();
        if (party.isEmpty()) {
            failures.add("expectation names unknown party '" + name + "'; parties: "
                    + report.chain().stream().map(NatsecReport.Party::name).toList());
        }
        return party;
    }

    private static void same(String what, Collection<String> expected, Collection<String> actual, List<String> failures) {
        Set<String> want = new TreeSet<>(expected);
        Set<String> got = new TreeSet<>(actual);
        if (!want.equals(got)) {
            List<String> missing = new ArrayList<>(want);
            missing.removeAll(got);
            List<String> extra = new ArrayList<>(got);
            extra.removeAll(want);
            failures.add(what + " expected exactly " + want + " but are " + got + " (missing " + missing + ", unexpected " + extra + ")");
        }
    }
}
