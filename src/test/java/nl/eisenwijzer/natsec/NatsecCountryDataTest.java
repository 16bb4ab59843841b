package nl.eisenwijzer.natsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogLoader;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions 1 and 2 from the organisation's own country assessments, with a catalogue copy that carries
 * them (the bundled one ships them unknown), and the loader refusing an assessment without its source.
 * The uninhabited territories AQ and BV stand in for real countries: tests pass no judgement on one either.
 */
class NatsecCountryDataTest {

    private static final String AQ_BOTH_TRUE = "  - {code: AQ, name: {nl: \"Antarctica\", en: \"Antarctica\"}, euMember: false, gpaParty: false,\n"
            + "      cooperationObligationLaw: {value: true, source: \"Test source A, p. 1\", assessedOn: 2026-10-01},\n"
            + "      offensiveProgrammeAgainstNL: {value: true, source: \"Test source A, p. 2\", assessedOn: 2026-10-01}}\n";
    private static final String BV_BOTH_FALSE = "  - {code: BV, name: {nl: \"Bouveteiland\", en: \"Bouvet Island\"}, euMember: false, gpaParty: false,\n"
            + "      cooperationObligationLaw: {value: false, source: \"Test source B\", assessedOn: 2026-10-02},\n"
            + "      offensiveProgrammeAgainstNL: {value: false, source: \"Test source B\", assessedOn: 2026-10-02}}\n";

    @TempDir
    Path temp;

    private Path catalogWith(String aq, String bv) throws IOException {
        Path dir = temp.resolve("catalog");
        try (Stream<Path> walk = Files.walk(TestEngine.CATALOG)) {
            for (Path source : walk.toList()) {
                Path target = dir.resolve(TestEngine.CATALOG.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path countries = dir.resolve("countries.yaml");
        String content = Files.readString(countries)
                .replaceFirst("  - \\{code: AQ, [^\\n]*\\n[^\\n]*\\n", java.util.regex.Matcher.quoteReplacement(aq))
                .replaceFirst("  - \\{code: BV, [^\\n]*\\n[^\\n]*\\n", java.util.regex.Matcher.quoteReplacement(bv));
        Files.writeString(countries, content);
        return dir;
    }

    private NatsecReport assess(Path catalogDir, String supplierYaml, List<String> realisable) throws IOException {
        return assess(catalogDir, supplierYaml, null, realisable);
    }

    private NatsecReport assess(Path catalogDir, String supplierYaml, Answers answers, List<String> realisable)
            throws IOException {
        Catalog catalog = CatalogLoader.load(SourceSet.resolve("catalog", List.of(catalogDir)));
        Eisenwijzer engine = new Eisenwijzer(catalog, TestEngine.get().rules(), Clock.systemUTC());
        ProcurementProfile profile = engine.readProfile(
                "{title: t, organisationType: rijk, productTypes: [network-equipment], nationalSecurity: true}", Format.YAML);
        SupplierDossier supplier = StrictReader.read(supplierYaml, Format.YAML, SupplierDossier.class);
        return engine.natsec().assess(profile, supplier, answers, realisable, Language.EN, "supplier");
    }

    @Test
    void theOrganisationsYesForACountryAnswersQuestionsOneAndTwoWithItsSource() throws IOException {
        NatsecReport report = assess(catalogWith(AQ_BOTH_TRUE, BV_BOTH_FALSE),
                "{name: Router Co, country: AQ, stateOwned: false}",
                new Answers(null, null, null, new AnswerInput(false, "no measure can be realised"), null), null);
        assertThat(report.outcome()).isEqualTo(Outcome.EXCLUSION_POSSIBLE);
        assertThat(report.questions().get("q1").answer()).isEqualTo(Tri.TRUE);
        assertThat(report.questions().get("q1").basis()).isEqualTo(Basis.DERIVED);
        assertThat(report.questions().get("q1").reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("q1-country-cooperation-law");
            assertThat(r.explanation()).contains("Test source A, p. 1").contains("2026-10-01");
        });
        assertThat(report.questions().get("q2").reasons()).extracting(nl.eisenwijzer.pve.Pve.Reason::rule)
                .containsExactly("q2-country-offensive-programme");
    }

    @Test
    void theOrganisationsNoForEveryMemberAnswersNo() throws IOException {
        NatsecReport report = assess(catalogWith(AQ_BOTH_TRUE, BV_BOTH_FALSE),
                "{name: Router Co, country: BV, stateOwned: false, ownership: [{name: Parent, country: BV, stateOwned: false}]}", null);
        assertThat(report.outcome()).isEqualTo(Outcome.NO_INDICATION);
        assertThat(report.questions().get("q1").answer()).isEqualTo(Tri.FALSE);
        assertThat(report.questions().get("q2").answer()).isEqualTo(Tri.FALSE);
        assertThat(report.questions().get("q2").reasons()).allSatisfy(r -> assertThat(r.explanation()).contains("Test source B"));
    }

    @Test
    void aControllingPartyFromAnAssessedCountryCountsForTheSupplier() throws IOException {
        NatsecReport report = assess(catalogWith(AQ_BOTH_TRUE, BV_BOTH_FALSE),
                "{name: Router Co, country: BV, stateOwned: false, ownership: [{name: Mid, country: BV, stateOwned: false}, "
                        + "{name: Top Holding, country: AQ, stateOwned: false}]}", null);
        assertThat(report.questions().get("q1").answer()).isEqualTo(Tri.TRUE);
        assertThat(report.questions().get("q2").answer()).isEqualTo(Tri.TRUE);
        assertThat(report.questions().get("q2").reasons()).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("Top Holding (controls Router Co, 2 levels up)"));
    }

    @Test
    void anAssessmentWithoutSourceOrDateStopsTheLoadWithFileAndLine() throws IOException {
        String noSource = AQ_BOTH_TRUE.replace("source: \"Test source A, p. 1\", ", "");
        String noDate = BV_BOTH_FALSE.replaceFirst(", assessedOn: 2026-10-02", "");
        Path dir = catalogWith(noSource, noDate);
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.resolve("catalog", List.of(dir))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("countries.yaml:")
                .hasMessageContaining("country AQ: field 'cooperationObligationLaw.source' is required when the value is true")
                .hasMessageContaining("country BV: field 'cooperationObligationLaw.assessedOn' is required when the value is false");
    }

    @Test
    void aValueOtherThanTrueFalseOrUnknownIsRefused() throws IOException {
        Path dir = catalogWith(AQ_BOTH_TRUE.replace("{value: true, source: \"Test source A, p. 1\"", "{value: likely, source: \"x\""),
                BV_BOTH_FALSE);
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.resolve("catalog", List.of(dir))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("countries.yaml:")
                .hasMessageContaining("likely");
    }

    @Test
    void badCountryFactsAreReported() throws IOException {
        Path dir = catalogWith(AQ_BOTH_TRUE.replace("code: AQ", "code: XQ"),
                BV_BOTH_FALSE.replace("euMember: false, gpaParty: false", "euMember: true, gpaParty: false"));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.resolve("catalog", List.of(dir))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("country XQ: not an ISO 3166-1 alpha-2 code")
                .hasMessageContaining("country BV: an EU member state is a GPA party through the EU");
    }
}
