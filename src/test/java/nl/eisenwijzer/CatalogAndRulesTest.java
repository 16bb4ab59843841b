package nl.eisenwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogLoader;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.sources.SourceSet;
import org.junit.jupiter.api.Test;

/** Compiles everything in rules/ and validates all of catalog/: the repository's own content must load. */
class CatalogAndRulesTest {

    @Test
    void everyRuleFileCompiles() {
        RuleBase rules = RuleBase.compile(SourceSet.fromDirectories(java.util.List.of(TestEngine.RULES)));
        int drlFiles = SourceSet.fromDirectories(java.util.List.of(TestEngine.RULES)).withSuffix(".drl").size();
        assertThat(drlFiles).isGreaterThanOrEqualTo(9);
        int rulesInPipelines = java.util.Arrays.stream(nl.eisenwijzer.rules.Pipeline.values()).mapToInt(rules::ruleCount).sum();
        assertThat(rulesInPipelines).isGreaterThanOrEqualTo(drlFiles);
        // Each pipeline has its own rules: a gap rule is not in the PvE KieBase.
        assertThat(rules.ruleCount(nl.eisenwijzer.rules.Pipeline.PVE)).isPositive();
        assertThat(rules.ruleCount(nl.eisenwijzer.rules.Pipeline.GAP)).isPositive();
        assertThat(rules.ruleCount(nl.eisenwijzer.rules.Pipeline.NATSEC)).isPositive();
        assertThat(rules.digest()).hasSize(64);
    }

    @Test
    void theWholeCatalogueValidates() {
        Catalog catalog = CatalogLoader.load(SourceSet.fromDirectories(java.util.List.of(TestEngine.CATALOG)));
        assertThat(catalog.requirements()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(catalog.domains()).hasSize(22);
        assertThat(catalog.info().version()).isNotBlank();
    }

    @Test
    void everyFrameworkHasRequirements() {
        Catalog catalog = TestEngine.get().catalog();
        Map<String, Long> perFramework = catalog.requirements().stream()
                .collect(Collectors.groupingBy(Requirement::framework, Collectors.counting()));
        catalog.frameworks().forEach(f -> assertThat(perFramework).as("requirements of " + f.id()).containsKey(f.id()));
    }

    @Test
    void everyProductTypeIsConcernedBySomeRequirementOfItsOwn() {
        Catalog catalog = TestEngine.get().catalog();
        // "Of its own": named through a trait that is not shared by every purchase.
        for (ProductType type : catalog.productTypes()) {
            Set<String> traits = Set.copyOf(type.traits());
            boolean touched = catalog.requirements().stream()
                    .flatMap(r -> r.conditions().stream())
                    .anyMatch(condition -> condition.stream().anyMatch(traits::contains)
                            && !condition.contains("any-purchase"));
            assertThat(touched).as("a requirement concerning " + type.id()).isTrue();
        }
    }

    @Test
    void theBundledCopyIsTheSameCatalogue() {
        // target/classes/bundled is written by the build; java -jar reads the catalogue from there.
        Catalog bundled = CatalogLoader.load(SourceSet.bundled("catalog"));
        assertThat(bundled.digest()).isEqualTo(TestEngine.get().catalog().digest());
        assertThat(bundled.requirements()).hasSameSizeAs(TestEngine.get().catalog().requirements());
    }
}
