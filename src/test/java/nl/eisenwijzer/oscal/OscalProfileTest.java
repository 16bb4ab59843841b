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
        List<String> expected = PVE.requirements().stream().flatMap(line -> line.satisfies().stream()).toList();
        assertThat(expected).hasSize(PVE.summary().requirements());
        JsonNode imported = ROOT.path("imports");
        assertThat(imported).hasSize(1);
        assertThat(strings(imported.get(0).path("include-controls").get(0).path("with-ids")))
                .containsExactlyElementsOf(expected);
        List<String> altered = new ArrayList<>();
        ROOT.path("modify").path("alters").forEach(alter -> altered.add(alter.path("control-id").asString()));
        assertThat(altered).containsExactlyElementsOf(expected);
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
    void everyControlGetsTheObligationAndLineOfThePveAndTheLeadCarriesTheReasons() {
        Pve.Line merged = PVE.requirements().stream().filter(line -> line.satisfies().size() > 1).findFirst()
                .orElseThrow();
        Pve.Line should = PVE.requirements().stream().filter(line -> line.obligation().name().equals("SHOULD"))
                .findFirst().orElseThrow();
        for (Pve.Line line : List.of(merged, should)) {
            for (String id : line.satisfies()) {
                JsonNode alter = alter(id);
                assertThat(alter.path("removes").get(0).path("by-name").asString()).isEqualTo("obligation");
                JsonNode added = alter.path("adds").get(0);
                assertThat(props(added, "obligation")).as(id).containsExactly(line.obligation().name());
                assertThat(props(added, "pve-line")).as(id).containsExactly(line.id());
            }
        }
        JsonNode lead = alter(merged.id()).path("adds").get(0);
        List<String> reasons = new ArrayList<>();
        lead.path("parts").forEach(part -> reasons.add(part.path("name").asString() + ": " + part.path("prose").asString()));
        assertThat(reasons).contains("selection-reason: " + merged.reasons().get(0).explanation(),
                "obligation-reason: " + merged.obligationReasons().get(0).explanation(),
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
