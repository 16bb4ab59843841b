package nl.eisenwijzer.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule or catalogue file stops the load with file, line and message. */
class BrokenSourcesTest {

    @TempDir
    Path temp;

    @Test
    void aDrlSyntaxErrorNamesFileAndLine() throws IOException {
        Path rules = copy(TestEngine.RULES, "rules");
        Files.writeString(rules.resolve("pve/selection/broken.drl"), """
                package eisenwijzer.pve.selection;

                rule "broken"
                when
                    this is not drl
                then
                end
                """);
        assertThatThrownBy(() -> Eisenwijzer.load(List.of(TestEngine.CATALOG), List.of(rules)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("the rules do not compile")
                .hasMessageContaining("rules/pve/selection/broken.drl:5");
    }

    @Test
    void aDrlTypeErrorNamesTheFile() throws IOException {
        Path rules = copy(TestEngine.RULES, "rules");
        Files.writeString(rules.resolve("pve/selection/typo.drl"), """
                package eisenwijzer.pve.selection;

                import nl.eisenwijzer.catalog.Requirement;

                rule "typo"
                when
                    Requirement( frameworkk == "AVG" )
                then
                end
                """);
        assertThatThrownBy(() -> Eisenwijzer.load(List.of(TestEngine.CATALOG), List.of(rules)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("rules/pve/selection/typo.drl")
                .hasMessageContaining("frameworkk");
    }

    @Test
    void anUnknownDomainNamesFileLineAndAllowedValues() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Path file = catalog.resolve("requirements/zz-broken.yaml");
        Files.writeString(file, entry("EW-ZZ-01", "domain: nowhere", "mapsTo: []"));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("catalog/requirements/zz-broken.yaml:3:")
                .hasMessageContaining("domain 'nowhere' is not allowed")
                .hasMessageContaining("identity-access");
    }

    @Test
    void aBridgedReportTypeWithoutItsLimitNamesFileAndLine() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Path file = catalog.resolve("evidence-types.yaml");
        String types = Files.readString(file, StandardCharsets.UTF_8);
        String soc2 = types.lines().filter(line -> line.contains("id: SOC2-TYPE2")).findFirst().orElseThrow();
        int line = types.lines().toList().indexOf(soc2) + 1;
        Files.writeString(file, types.replace(soc2, soc2.replace(" bridgedAtMostMonths: 3,", "")));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("catalog/evidence-types.yaml:" + line + ":")
                .hasMessageContaining("'bridgedBy' and 'bridgedAtMostMonths' go together");
    }

    @Test
    void anEquivalentOfAnUnknownTypeAndAReplaceableCertificateNameFileAndLine() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Path file = catalog.resolve("evidence-types.yaml");
        String types = Files.readString(file, StandardCharsets.UTF_8);
        String nen = types.lines().filter(line -> line.contains("id: NEN7510")).findFirst().orElseThrow();
        String iso = types.lines().filter(line -> line.contains("id: ISO27017")).findFirst().orElseThrow();
        int nenLine = types.lines().toList().indexOf(nen) + 1;
        int isoLine = types.lines().toList().indexOf(iso) + 1;
        Files.writeString(file, types.replace(nen, nen.replace("equivalentTo: ISO27001", "equivalentTo: ISO9001"))
                .replace(iso, iso.replace("thirdParty: true,", "thirdParty: true, equivalentsAccepted: true,")));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("catalog/evidence-types.yaml:" + nenLine + ":")
                .hasMessageContaining("field 'equivalentTo': 'ISO9001' is not another evidence type")
                .hasMessageContaining("catalog/evidence-types.yaml:" + isoLine + ":")
                .hasMessageContaining("are for evidence of kind document");
    }

    @Test
    void duplicateIdsAndDanglingMappingsAreReportedTogether() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Files.writeString(catalog.resolve("requirements/zz-broken.yaml"),
                entry("EW-ZZ-01", "domain: governance", "mapsTo: [NIS2-99.9]")
                        + entry("EW-ZZ-01", "domain: governance", "mapsTo: []").replace("requirements:\n", ""));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining("mapsTo names unknown requirement 'NIS2-99.9'")
                .hasMessageContaining("duplicate id EW-ZZ-01 (first defined at catalog/requirements/zz-broken.yaml:3)");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Files.writeString(catalog.resolve("requirements/zz-broken.yaml"), "requirements:\n  - id: [unclosed\n");
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("catalog/requirements/zz-broken.yaml:");
    }

    @Test
    void anUnknownTraitInAppliesWhenIsRejected() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Files.writeString(catalog.resolve("requirements/zz-broken.yaml"),
                entry("EW-ZZ-01", "domain: governance", "mapsTo: []").replace("[any-purchase]", "[\"cloud & clowd\"]"));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("zz-broken.yaml:3: requirement EW-ZZ-01: appliesWhen trait 'clowd' is unknown");
    }

    @Test
    void anUnknownFieldIsRejectedWithTheAllowedFields() throws IOException {
        Path catalog = copy(TestEngine.CATALOG, "catalog");
        Files.writeString(catalog.resolve("requirements/zz-broken.yaml"),
                entry("EW-ZZ-01", "domain: governance", "mapsTo: []").replace("    strength: MUST\n",
                        "    strength: MUST\n    obligaton: SHOULD\n"));
        assertThatThrownBy(() -> CatalogLoader.load(SourceSet.fromDirectories(List.of(catalog))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("zz-broken.yaml:9:")
                .hasMessageContaining("unknown field 'obligaton'")
                .hasMessageContaining("appliesWhen");
    }

    private static String entry(String id, String domainLine, String mapsToLine) {
        return "requirements:\n"
                + "  # a test entry\n"
                + "  - id: " + id + "\n"
                + "    framework: EW\n"
                + "    " + domainLine + "\n"
                + "    title: {nl: Titel, en: Title}\n"
                + "    text: {nl: Tekst, en: Text}\n"
                + "    strength: MUST\n"
                + "    appliesWhen: [any-purchase]\n"
                + "    source: {document: Test, url: 'https://example.org'}\n"
                + "    " + mapsToLine + "\n";
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = temp.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.writeString(target, Files.readString(source, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(to).isDirectory();
        return to;
    }
}
