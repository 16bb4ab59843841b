package nl.eisenwijzer.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.profile.ProcurementProfile;
import org.junit.jupiter.api.Test;

/**
 * The Velsen award example of {@code examples/}: the tender's own award section, the three bidders with their prices and
 * the committee's judgments. The whole JSON report is pinned in {@code src/test/resources/golden/velsen-award.json};
 * after a deliberate change regenerate it with {@code mvn -B test -Dtest=VelsenAwardTest -Dgolden.update=true} and review
 * the diff. The seed's numbers are asserted on their own too, so a golden update cannot hide them.
 */
class VelsenAwardTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();
    private static final GapAssessor GAPS = ENGINE.gaps();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/velsen-award.json");
    private static final List<String> BIDDERS = List.of("velsen-compliant.yaml", "velsen-conditional.yaml", "velsen-excluded.yaml");

    static GapReport report(Language language) throws IOException {
        return GAPS.assess(target(language), dossiers(), evaluation(), language, "suppliers[%d]");
    }

    private static GapAssessor.Target target(Language language) throws IOException {
        ProcurementProfile profile = ENGINE.readProfile(Files.readString(Path.of("examples/velsen-award.yaml")), Format.YAML);
        return GAPS.target(profile, language);
    }

    private static List<SupplierDossier> dossiers() throws IOException {
        List<SupplierDossier> dossiers = new ArrayList<>();
        for (String name : BIDDERS) {
            dossiers.add(GAPS.dossierReader().read(Files.readString(Path.of("examples/suppliers", name)), Format.YAML));
        }
        return dossiers;
    }

    private static Evaluation evaluation() throws IOException {
        return ENGINE.readEvaluation(Files.readString(Path.of("examples/evaluations/velsen-evaluation.yaml")), Format.YAML);
    }

    @Test
    void theWholeReportIsTheGoldenOne() throws IOException {
        String json = Json.write(report(Language.NL)) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).as("the report differs from %s; after a deliberate change run mvn -B test -Dtest=VelsenAwardTest "
                + "-Dgolden.update=true and review the diff", GOLDEN).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void cyberwijsWinsOnQualityDespiteTheHigherPrice() throws IOException {
        AwardReport award = report(Language.NL).award();
        assertThat(award.bids()).extracting(AwardReport.BidLine::bidder, AwardReport.BidLine::rank, AwardReport.BidLine::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cyberwijs B.V.", 1, new BigDecimal("82.50")),
                        org.assertj.core.groups.Tuple.tuple("Veilig Leren B.V.", 2, new BigDecimal("79.17")),
                        org.assertj.core.groups.Tuple.tuple("Awareness Partners B.V.", null, null));
        assertThat(award.bids().get(1).scores()).extracting(AwardReport.Score::criterion, AwardReport.Score::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P", new BigDecimal("26.67")),
                        org.assertj.core.groups.Tuple.tuple("K-1", new BigDecimal("22.50")),
                        org.assertj.core.groups.Tuple.tuple("K-2", new BigDecimal("30.00")));
        assertThat(award.bids().get(1).scores().get(0).explanation()).isEqualTo("Prijs € 160.000 ligt tussen € 165.000 "
                + "(25,00 punten) en € 150.000 (30,00 punten): 25,00 + (€ 165.000 − € 160.000) / (€ 165.000 − € 150.000) × "
                + "(30,00 − 25,00) = 26,67 punten.");
        assertThat(award.advice().outcome()).isEqualTo(AwardAdvice.Outcome.AWARD);
        assertThat(award.advice().winner()).isEqualTo("Cyberwijs B.V.");
        assertThat(award.letters()).extracting(AwardReport.Letter::bidder, AwardReport.Letter::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cyberwijs B.V.", AwardReport.LetterOutcome.AWARDED),
                org.assertj.core.groups.Tuple.tuple("Veilig Leren B.V.", AwardReport.LetterOutcome.NOT_AWARDED),
                org.assertj.core.groups.Tuple.tuple("Awareness Partners B.V.", AwardReport.LetterOutcome.EXCLUDED));
        assertThat(award.letters().get(1).advantages()).extracting(AwardReport.AdvantageLine::criterion).containsExactly("K-1", "K-2");
    }

    @Test
    void theVerdictsStandApartFromTheScores() throws IOException {
        GapReport report = report(Language.EN);
        assertThat(report.suppliers()).extracting(GapReport.SupplierReport::verdict)
                .containsExactly(Verdict.ADMISSIBLE, Verdict.ADMISSIBLE, Verdict.EXCLUDED);
        // Open wishes score less; they do not make the bid less admissible.
        GapReport.SupplierReport cyberwijs = report.suppliers().get(1);
        assertThat(cyberwijs.score().points()).isEqualTo(6);
        assertThat(cyberwijs.score().maximum()).isEqualTo(10);
        assertThat(cyberwijs.openContractConditions()).isEmpty();
        assertThat(report.ranking()).extracting(GapReport.Rank::name).containsExactly("Cyberwijs B.V.", "Veilig Leren B.V.",
                "Awareness Partners B.V.");
    }

    @Test
    void aJudgmentNamingAnUnknownBidderOrRatingIsRefusedWithTheField() throws IOException {
        Evaluation unknownBidder = new Evaluation(List.of(new Judgment("Onbekend B.V.", "K-1", "good", "Goed plan")), null);
        assertThatThrownBy(() -> GAPS.assess(target(Language.NL), dossiers(), unknownBidder, Language.NL, "suppliers[%d]"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("evaluation.judgments[0].bidder");
                    assertThat(((InvalidInputException) e).allowedValues()).contains("Cyberwijs B.V.");
                });
        Evaluation badRating = new Evaluation(List.of(new Judgment("Cyberwijs B.V.", "K-1", "great", "Goed plan")), null);
        assertThatThrownBy(() -> GAPS.assess(target(Language.NL), dossiers(), badRating, Language.NL, "suppliers[%d]"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).allowedValues())
                        .containsExactly("excellent", "good", "sufficient", "moderate", "poor"));
        Evaluation twice = new Evaluation(List.of(new Judgment("Cyberwijs B.V.", "K-1", "good", "a"),
                new Judgment("Cyberwijs B.V.", "K-1", "excellent", "b")), null);
        assertThatThrownBy(() -> GAPS.assess(target(Language.NL), dossiers(), twice, Language.NL, "suppliers[%d]"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }
}
