package nl.eisenwijzer.natsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.report.NatsecMarkdown;
import org.junit.jupiter.api.Test;

/** The national-security test end to end on the real catalogue and rules, with the camera-surveillance example. */
class NatsecTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();
    private static final String CAMERA_MAKER = "Polar Optics Ltd.";
    private static final List<String> ALL_CAMERA_RISKS_COVERED = List.of("NS-UPDATE-CONTROL", "NS-CODE-HARDWARE-REVIEW",
            "NS-EXIT-PLAN", "NS-NO-REMOTE-NON-EU", "NS-SCREENING", "NS-SEGMENT-MONITOR");

    static ProcurementProfile camera() throws IOException {
        return ENGINE.readProfile(Files.readString(Path.of("examples/camera-surveillance-police.yaml")), Format.YAML);
    }

    static SupplierDossier bidder() throws IOException {
        return StrictReader.read(Files.readString(Path.of("examples/suppliers/camera-bidder.yaml")), Format.YAML,
                SupplierDossier.class);
    }

    static Answers answers() throws IOException {
        return StrictReader.read(Files.readString(Path.of("examples/natsec/camera-answers.yaml")), Format.YAML, Answers.class);
    }

    static NatsecReport assess(Answers answers, List<String> realisable) throws IOException {
        return ENGINE.natsec().assess(camera(), bidder(), answers, realisable, Language.EN, "supplier");
    }

    static NatsecReport.Party party(NatsecReport report, String name) {
        return report.chain().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void withoutTheOrganisationsAssessmentsTheTestAsksForThem() throws IOException {
        NatsecReport report = assess(null, null);
        assertThat(report.outcome()).isEqualTo(Outcome.INSUFFICIENT_INFORMATION);
        // The bidder (first in the chain) sets the outcome when parties tie; its country data is unknown.
        assertThat(report.decisiveParty()).isEqualTo("Beeldwacht Integratie B.V.");
        assertThat(report.missing()).containsExactly(Question.Q1, Question.Q2, Question.Q3B);
        assertThat(report.questions().get("q1").answer()).isEqualTo(Tri.UNKNOWN);
        assertThat(report.questions().get("q1").basis()).isEqualTo(Basis.DERIVED);
        assertThat(report.questions().get("q3a").answer()).isEqualTo(Tri.TRUE);
        // The camera maker is state-owned two levels up: question 1 is yes whatever its country data says.
        NatsecReport.QuestionAnswer q1 = party(report, CAMERA_MAKER).questions().get("q1");
        assertThat(q1.answer()).isEqualTo(Tri.TRUE);
        assertThat(q1.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("q1-state-owned");
            assertThat(r.explanation()).contains("Polar State Investment Fund").contains("2 levels up");
        });
    }

    @Test
    void aPartyWithoutAccessIsListedButNotAssessed() throws IOException {
        NatsecReport.Party cable = party(assess(null, null), "Kabelgroothandel Delta B.V.");
        assertThat(cable.assessed()).isFalse();
        assertThat(cable.outcome()).isNull();
        assertThat(cable.assessment().rule()).isEqualTo("chain-party-without-access-is-not-assessed");
    }

    @Test
    void confirmedAnswersCountAndTheDerivedAnswerStaysVisible() throws IOException {
        NatsecReport report = assess(answers(), null);
        NatsecReport.QuestionAnswer q1 = party(report, "Beeldwacht Integratie B.V.").questions().get("q1");
        assertThat(q1.answer()).isEqualTo(Tri.FALSE);
        assertThat(q1.basis()).isEqualTo(Basis.CONFIRMED);
        assertThat(q1.derived()).isEqualTo(Tri.UNKNOWN);
        assertThat(q1.justification()).contains("UBO register");
        assertThat(party(report, "Beeldwacht Integratie B.V.").outcome()).isEqualTo(Outcome.NO_INDICATION);
        // The camera maker: 1 derived yes, 2 confirmed yes, 3A yes, 3B unknown (no realisable measures stated).
        assertThat(report.outcome()).isEqualTo(Outcome.INSUFFICIENT_INFORMATION);
        assertThat(report.decisiveParty()).isEqualTo(CAMERA_MAKER);
        assertThat(report.missing()).containsExactly(Question.Q3B);
    }

    @Test
    void realisableMeasuresForEveryRiskMeanMitigateAndTheirRequirementsGoIntoThePve() throws IOException {
        NatsecReport report = assess(answers(), ALL_CAMERA_RISKS_COVERED);
        assertThat(report.outcome()).isEqualTo(Outcome.MITIGATE);
        assertThat(report.decisiveParty()).isEqualTo(CAMERA_MAKER);
        assertThat(report.questions().get("q3b").answer()).isEqualTo(Tri.TRUE);
        assertThat(report.chosenMeasures()).extracting(NatsecReport.Chosen::measure)
                .contains("NS-UPDATE-CONTROL", "NS-CODE-HARDWARE-REVIEW", "NS-EXIT-PLAN");
        assertThat(report.addedRequirements()).extracting(NatsecReport.AddedRequirement::requirement)
                .contains("EW-NS-05", "EW-NS-06", "EW-NS-09");
        assertThat(report.addedRequirements()).allSatisfy(r -> assertThat(r.strength().name()).isEqualTo("MUST"));

        List<String> chosen = report.chosenMeasures().stream().map(NatsecReport.Chosen::measure).toList();
        var pve = ENGINE.pve(ENGINE.profileReader().normalise(camera().withControlMeasures(chosen)), Language.EN);
        report.addedRequirements().forEach(added -> assertThat(pve.requirements())
                .filteredOn(line -> line.satisfies().contains(added.requirement())).singleElement()
                .satisfies(line -> {
                    assertThat(line.kind()).as(line.id()).isNotEqualTo(nl.eisenwijzer.catalog.Kind.WENS);
                    assertThat(line.reasons()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("control-measure-adds-requirement"));
                }));
    }

    @Test
    void aRiskNoRealisableMeasureAddressesMakesExclusionPossibleWithItsLegalRoute() throws IOException {
        NatsecReport report = assess(answers(), List.of("NS-UPDATE-CONTROL"));
        assertThat(report.outcome()).isEqualTo(Outcome.EXCLUSION_POSSIBLE);
        assertThat(report.questions().get("q3b").answer()).isEqualTo(Tri.FALSE);
        assertThat(report.questions().get("q3b").reasons()).anySatisfy(r ->
                assertThat(r.explanation()).contains("embedded-technology").contains("NS-CODE-HARDWARE-REVIEW"));
        assertThat(party(report, CAMERA_MAKER).legalRoute().route()).isEqualTo(RouteKind.AW2012_NON_GPA);
        assertThat(party(report, "Videobeheer Software GmbH").legalRoute().route()).isEqualTo(RouteKind.NONE_FOUND);
        assertThat(report.addedRequirements()).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameReport() throws IOException {
        NatsecReport first = assess(answers(), ALL_CAMERA_RISKS_COVERED);
        NatsecReport second = assess(answers(), ALL_CAMERA_RISKS_COVERED);
        assertThat(nl.eisenwijzer.report.Json.write(second)).isEqualTo(nl.eisenwijzer.report.Json.write(first));
        assertThat(first.fingerprint()).isNotEqualTo(assess(answers(), List.of("NS-UPDATE-CONTROL")).fingerprint());
    }

    @Test
    void theMarkdownReportShowsOutcomeAnswersChainAndRoutes() throws IOException {
        String md = new NatsecMarkdown().render(assess(answers(), List.of("NS-UPDATE-CONTROL")));
        assertThat(md).contains("## Outcome: Exclusion possible (EXCLUSION_POSSIBLE)")
                .contains("confirmed by a person; derived: unknown")
                .contains("| Polar Optics Ltd. | component | AQ |")
                .contains("AW2012_NON_GPA");
    }

    @Test
    void anAnswerWithoutJustificationIsRejected() throws IOException {
        Answers bare = new Answers(new AnswerInput(true, " "), null, null, null, null);
        assertThatThrownBy(() -> assess(bare, null)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "answers.q1.justification");
    }

    @Test
    void answersForUnknownOrUnassessedPartiesAreRejected() throws IOException {
        Answers unknown = new Answers(null, null, null, null,
                java.util.Map.of("Nobody B.V.", new Answers(new AnswerInput(true, "x"), null, null, null, null)));
        assertThatThrownBy(() -> assess(unknown, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Polar Optics Ltd.");
        Answers unassessed = new Answers(null, null, null, null,
                java.util.Map.of("Kabelgroothandel Delta B.V.", new Answers(new AnswerInput(true, "x"), null, null, null, null)));
        assertThatThrownBy(() -> assess(unassessed, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not assessed");
    }

    @Test
    void unknownMeasuresAreRejectedWithTheAllowedOnes() {
        assertThatThrownBy(() -> assess(null, List.of("NS-UPDATE-CONTROL", "NS-MAGIC"))).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "realisableMeasures[1]")
                .hasMessageContaining("NS-ESCROW");
    }
}
