package nl.eisenwijzer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.sources.SourceFile;
import nl.eisenwijzer.sources.SourceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case in every {@code rules/**}{@code /*.cases.yaml}, one test each, through the same runner as the CLI. */
class RuleCasesTest {

    private static final SourceSet RULES = SourceSet.fromDirectories(List.of(TestEngine.RULES));

    @TestFactory
    Stream<DynamicTest> everyRuleCase() {
        CaseRunner runner = new CaseRunner(TestEngine.get());
        return RULES.withSuffix(CaseRunner.SUFFIX).stream()
                .flatMap(file -> runner.run(file).stream())
                .map(outcome -> DynamicTest.dynamicTest(outcome.label(), () ->
                        assertThat(outcome.failures()).as(outcome.label()).isEmpty()));
    }

    @Test
    void everyDrlFileHasCasesBesideIt() {
        assertThat(CaseRunner.drlWithoutCases(RULES)).isEmpty();
    }

    @Test
    void aCaseThatExpectsTheWrongThingFails() {
        SourceFile wrong = new SourceFile("rules/zz.cases.yaml", """
                cases:
                  - name: saas is wrongly expected to bring IEC 62443
                    profile: {title: t, organisationType: gemeente, productTypes: [saas]}
                    expect:
                      includes: [IEC62443-3-3-SR1.1]
                      traits: [ot]
                """);
        List<CaseRunner.Outcome> outcomes = new CaseRunner(TestEngine.get()).run(wrong);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.passed()).isFalse();
            assertThat(o.failures()).anyMatch(f -> f.startsWith("trait ot expected but not derived"));
            assertThat(o.failures()).anyMatch(f -> f.startsWith("IEC62443-3-3-SR1.1 expected in the PvE but missing"));
        });
    }

    @Test
    void aCaseNamingAnUnknownRequirementFailsInsteadOfPassingVacuously() {
        SourceFile unknown = new SourceFile("rules/zz.cases.yaml", """
                cases:
                  - name: names a requirement that does not exist
                    profile: {title: t, organisationType: gemeente, productTypes: [saas]}
                    expect:
                      excludes: [NIS2-99.z]
                """);
        assertThat(new CaseRunner(TestEngine.get()).run(unknown)).singleElement()
                .satisfies(o -> assertThat(o.failures()).containsExactly("expectation names unknown requirement NIS2-99.z"));
    }

    @Test
    void aCaseWithoutExpectationsFails() {
        SourceFile empty = new SourceFile("rules/zz.cases.yaml", """
                cases:
                  - name: expects nothing
                    profile: {title: t, organisationType: gemeente, productTypes: [saas]}
                    expect: {}
                """);
        assertThat(new CaseRunner(TestEngine.get()).run(empty)).singleElement()
                .satisfies(o -> assertThat(o.passed()).isFalse());
    }
}
