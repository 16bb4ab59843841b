package nl.eisenwijzer.oscal;

import static nl.eisenwijzer.oscal.Velsen.OSCAL;
import static nl.eisenwijzer.oscal.Velsen.element;
import static nl.eisenwijzer.oscal.Velsen.props;
import static nl.eisenwijzer.oscal.Velsen.strings;
import static nl.eisenwijzer.oscal.Velsen.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.oscal.OscalSchemas.Model;
import nl.eisenwijzer.pve.Pve;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Velsen PvE as an OSCAL profile of the catalog. */
class OscalProfileTest {

    private static final Pve PVE = Velsen.pve(Language.NL);
    private static final String JSON = OSCAL.profile(PVE);
    private static final JsonNode ROOT = tree(JSON).path("profile");

    @Test
    void theProfileIsValidOscalAndTheSchemaRejectsABrokenOne() {
        assertThat(OscalSchemas.errors(Model.PROFILE, JSON)).isEmpty();
        String uuid = ROOT.path("uuid").asString();
        assertThat(OscalSchemas.errors(Model.PROFILE, JSON.replace(uuid, uuid.toUpperCase().replace('-', '_'))))
                .singleElement().asString().contains("/profile/uuid");
        // An import must say which controls it takes.
        assertThat(OscalSchemas.errors(Model.PROFILE, JSON.replace("\"include-controls\"", "\"controls\"")))
                .isNotEmpty();
    }

    @Test
    void itIncludesExactlyTheRequirementsThePveAnswersInPveOrder() {
        // Each line's requirements, then its sub-points, then, for a declaration line, its annex.
        List<String> expected = new ArrayList<>();
        for (Pve.Line line : PVE.requirements()) {
            expected.addAll(line.satisfies());
            line.items().forEach(item -> expected.add(item.id()));
            PVE.annexes().stream().filter(a -> a.id().equals(line.annex())).flatMap(a -> a.entries().stream())
                    .forEach(entry -> {
                        expected.add(entry.id());
                        entry.items().forEach(item -> expected.add(item.id()));
                    });
        }
        assertThat(expected).hasSize(PVE.summary().requirements() + PVE.summary().annexed()).doesNotHaveDuplicates();
        JsonNode imported = ROOT.path("imports");
        assertThat(imported).hasSize(1);
        assertThat(strings(imported.get(0).path("include-controls").get(0).path("with-ids")))
                .containsExactlyElementsOf(expected);
        List<String> altered = new ArrayList<>();
        ROOT.path("modify").path("alters").forEach(alter -> altered.add(alter.path("control-id").asString()));
        assertThat(altered).containsExactlyElementsOf(expected);
    }

    @Test
    void anAnnexedRequirementNamesItsDeclarationLineAndTheBuyersOwnRequirementIsABackMatterResource() throws Exception {
        assertThat(props(alter("BIO2-5.1").path("adds").get(0), "pve-annex")).containsExactly("EW-DECL-BIO2");
        assertThat(props(alter("BIO2-5.1").path("adds").get(0), "pve-line")).containsExactly("EW-DECL-BIO2");
        assertThat(props(alter("AVG-28.3.a").path("adds").get(0), "pve-line")).containsExactly("AVG-28");

        Pve tailored = Velsen.ENGINE.pve(Velsen.ENGINE.readProfile(java.nio.file.Files.readString(
                nl.eisenwijzer.TestEngine.EXAMPLES.resolve("velsen-awareness-tailored.yaml")), nl.eisenwijzer.input.Format.YAML),
                Language.NL);
        String json = OSCAL.profile(tailored);
        assertThat(OscalSchemas.errors(Model.PROFILE, json)).isEmpty();
        JsonNode profile = tree(json).path("profile");
        assertThat(strings(profile.path("imports").get(0).path("include-controls").get(0).path("with-ids")))
                .doesNotContain("VLS-01", "EW-TRAIN-04", "FS-IPV6");
        JsonNode own = element(profile.path("back-matter").path("resources"), "/title", tailored.line("VLS-01").title());
        assertThat(own.path("description").asString()).isEqualTo(tailored.line("VLS-01").text());
        assertThat(props(own, "kind")).containsExactly("eis");
    }

    @Test
    void theCatalogIsImportedThroughABackMatterResourceNamingTheCatalogFile() {
        String href = ROOT.path("imports").get(0).path("href").asString();
        JsonNode resource = ROOT.path("back-matter").path("resources").get(0);
        assertThat(href).isEqualTo("#" + resource.path("uuid").asString());
        assertThat(resource.path("rlinks").get(0).path("href").asString())
                .isEqualTo("eisenwijzer-catalog-" + PVE.catalogVersion() + ".oscal.json");
    }

    @Test
    void everyControlGetsTheKindAndLineOfThePveAndTheLeadCarriesTheReasons() {
        Pve.Line merged = PVE.requirements().stream().filter(line -> line.satisfies().size() > 1).findFirst()
                .orElseThrow();
        Pve.Line should = PVE.requirements().stream().filter(line -> line.kind() == nl.eisenwijzer.catalog.Kind.WENS)
                .findFirst().orElseThrow();
        for (Pve.Line line : List.of(merged, should)) {
            for (String id : line.satisfies()) {
                JsonNode alter = alter(id);
                assertThat(alter.path("removes").get(0).path("by-name").asString()).isEqualTo("strength");
                JsonNode added = alter.path("adds").get(0);
                assertThat(props(added, "kind")).as(id).containsExactly(line.kind().wire());
                assertThat(props(added, "pve-line")).as(id).containsExactly(line.id());
            }
        }
        JsonNode lead = alter(merged.id()).path("adds").get(0);
        List<String> reasons = new ArrayList<>();
        lead.path("parts").forEach(part -> reasons.add(part.path("name").asString() + ": " + part.path("prose").asString()));
        assertThat(reasons).contains("selection-reason: " + merged.reasons().get(0).explanation(),
                "kind-reason: " + merged.kindReasons().get(0).explanation(),
                "merge-reason: " + merged.mergeReasons().get(0).explanation());
        assertThat(props(lead.path("parts").get(0), "rule")).containsExactly(merged.reasons().get(0).rule());
        assertThat(alter(merged.satisfies().get(1)).path("adds").get(0).has("parts")).isFalse();
    }

    @Test
    void theMetadataCarryTitleFingerprintAndReferenceDate() {
        JsonNode metadata = ROOT.path("metadata");
        assertThat(metadata.path("title").asString()).isEqualTo(PVE.title());
        assertThat(metadata.path("last-modified").asString()).isEqualTo("2025-07-07T00:00:00Z");
        assertThat(props(metadata, "fingerprint")).containsExactly(PVE.fingerprint());
        assertThat(props(metadata, "reference-date")).containsExactly("2025-07-07");
        assertThat(metadata.path("version").asString()).isEqualTo(PVE.catalogVersion());
    }

    @Test
    void theSamePveGivesTheSameDocumentAndAnotherLanguageAnotherUuid() {
        assertThat(OSCAL.profile(Velsen.pve(Language.NL))).isEqualTo(JSON);
        JsonNode english = tree(OSCAL.profile(Velsen.pve(Language.EN))).path("profile");
        assertThat(english.path("uuid").asString()).isNotEqualTo(ROOT.path("uuid").asString());
        // The catalog it imports is the same, whatever the language.
        assertThat(english.path("imports").get(0).path("href").asString())
                .isEqualTo(ROOT.path("imports").get(0).path("href").asString());
    }

    private static JsonNode alter(String id) {
        return element(ROOT.path("modify").path("alters"), "/control-id", id);
    }
}
