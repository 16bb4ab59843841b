package nl.eisenwijzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.eisenwijzer.cases.CaseRunner;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation adds its own requirements and rules in directories beside the bundled ones
 * ({@code examples/extension}): they load together, its cases pass, and a colliding id stops the load.
 */
class OrganisationExtensionTest {

    private static final Path EXTENSION = Path.of("examples/extension");
    private static Eisenwijzer extended;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        extended = Eisenwijzer.load(List.of(TestEngine.CATALOG, EXTENSION.resolve("catalog")),
                List.of(TestEngine.RULES, EXTENSION.resolve("rules")));
    }

    @Test
    void theExtensionAddsItsFrameworkRequirementsAndRules() throws IOException {
        assertThat(extended.catalog().frameworks()).extracting(f -> f.id()).contains("NIS2", "VELSEN");
        assertThat(extended.catalog().requirementsById()).containsKeys("NIS2-21.2.a", "VELSEN-HOST-01");
        Pve pve = extended.pve(extended.readProfile(Files.readString(Path.of("examples/velsen-awareness.yaml")),
                Format.YAML), Language.NL);
        assertThat(pve.requirements()).flatExtracting(Pve.Line::satisfies).contains("VELSEN-HOST-01", "AVG-28");
    }

    @Test
    void theExtensionsCasesPassAgainstBundledRulesPlusExtension() {
        List<CaseRunner.Outcome> outcomes = new CaseRunner(extended)
                .runAll(SourceSet.fromDirectories(List.of(EXTENSION.resolve("rules"))));
        assertThat(outcomes).hasSize(3).allMatch(CaseRunner.Outcome::passed);
    }

    @Test
    void anExtensionRequirementWithABundledIdStopsTheLoadNamingBothPlaces() throws IOException {
        Path catalog = temp.resolve("catalog");
        Files.createDirectories(catalog.resolve("requirements"));
        Files.writeString(catalog.resolve("requirements/clash.yaml"), """
                requirements:
                  - id: NIS2-21.2.a
                    framework: NIS2
                    domain: risk
                    title: {nl: Dubbel, en: Duplicate}
                    text: {nl: Dubbel., en: Duplicate.}
                    strength: MUST
                    appliesWhen: [any-purchase]
                    source: {document: Eigen, url: "https://example.org"}
                """);
        assertThatThrownBy(() -> Eisenwijzer.load(List.of(TestEngine.CATALOG, catalog), List.of(TestEngine.RULES)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("catalog/requirements/clash.yaml:2: duplicate id NIS2-21.2.a")
                .hasMessageContaining("first defined at catalog/requirements/nis2.yaml");
    }

    @Test
    void anExtensionTraitWithABundledIdIsRejected() throws IOException {
        Path catalog = temp.resolve("catalog");
        Files.createDirectories(catalog.resolve("requirements"));
        Files.writeString(catalog.resolve("traits.yaml"), "traits:\n  - {id: cloud, label: {nl: wolk, en: cloud}}\n");
        Files.copy(EXTENSION.resolve("catalog/requirements/velsen.yaml"), catalog.resolve("requirements/velsen.yaml"));
        Files.copy(EXTENSION.resolve("catalog/frameworks.yaml"), catalog.resolve("frameworks.yaml"));
        assertThatThrownBy(() -> Eisenwijzer.load(List.of(TestEngine.CATALOG, catalog), List.of(TestEngine.RULES)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("catalog/traits.yaml:2: duplicate id cloud (first defined at catalog/traits.yaml:");
    }

    @Test
    void anExtensionCannotBringASecondCatalogueHeader() throws IOException {
        Path catalog = temp.resolve("catalog");
        Files.createDirectories(catalog.resolve("requirements"));
        Files.copy(TestEngine.CATALOG.resolve("catalog.yaml"), catalog.resolve("catalog.yaml"));
        assertThatThrownBy(() -> Eisenwijzer.load(List.of(TestEngine.CATALOG, catalog), List.of(TestEngine.RULES)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("a second catalog.yaml");
    }
}
