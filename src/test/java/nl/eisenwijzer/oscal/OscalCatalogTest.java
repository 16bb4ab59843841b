package nl.eisenwijzer.oscal;

import static nl.eisenwijzer.oscal.Velsen.ENGINE;
import static nl.eisenwijzer.oscal.Velsen.OSCAL;
import static nl.eisenwijzer.oscal.Velsen.props;
import static nl.eisenwijzer.oscal.Velsen.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Framework;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.oscal.OscalSchemas.Model;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole catalogue as an OSCAL catalog, checked against the OSCAL schema and against the catalogue itself. */
class OscalCatalogTest {

    private static final Catalog CATALOG = ENGINE.catalog();
    private static final String JSON = OSCAL.catalog();
    private static final JsonNode ROOT = tree(JSON).path("catalog");

    @Test
    void theCatalogIsValidOscalAndTheSchemaRejectsABrokenOne() {
        assertThat(OscalSchemas.errors(Model.CATALOG, JSON)).isEmpty();
        // The validator does catch errors: a uuid of version 1, a control id with a space, a date without time.
        String uuid = ROOT.path("uuid").asString();
        String brokenUuid = uuid.substring(0, 14) + "1" + uuid.substring(15);
        assertThat(OscalSchemas.errors(Model.CATALOG, JSON.replace(uuid, brokenUuid)))
                .singleElement().asString().contains("/catalog/uuid");
        assertThat(OscalSchemas.errors(Model.CATALOG, JSON.replace("\"id\" : \"NIS2-21.2.a\"", "\"id\" : \"NIS2 21.2.a\"")))
                .anySatisfy(error -> assertThat(error).contains("/id"));
        assertThat(OscalSchemas.errors(Model.CATALOG, JSON.replace("\"last-modified\" : \"" + CATALOG.info().released()
                + "T00:00:00Z\"", "\"last-modified\" : \"" + CATALOG.info().released() + "\"")))
                .anySatisfy(error -> assertThat(error).contains("/catalog/metadata/last-modified"));
    }

    @Test
    void theMetadataNameTheCatalogueVersionAndReleaseAndTheOscalVersion() {
        JsonNode metadata = ROOT.path("metadata");
        assertThat(metadata.path("version").asString()).isEqualTo(CATALOG.info().version());
        assertThat(metadata.path("last-modified").asString()).isEqualTo(CATALOG.info().released() + "T00:00:00Z");
        assertThat(metadata.path("oscal-version").asString()).isEqualTo("1.1.2");
        assertThat(props(metadata, "digest")).containsExactly(CATALOG.digest());
        assertThat(metadata.path("revisions")).hasSize(CATALOG.info().changelog().size());
        assertThat(metadata.path("revisions").get(0).path("version").asString()).isEqualTo(CATALOG.info().version());
    }

    @Test
    void everyFrameworkIsAGroupWithAControlForEachOfItsRequirements() {
        JsonNode groups = ROOT.path("groups");
        assertThat(groups).hasSize(CATALOG.frameworks().size());
        int controls = 0;
        for (int i = 0; i < groups.size(); i++) {
            JsonNode group = groups.get(i);
            Framework framework = CATALOG.frameworks().get(i);
            assertThat(props(group, "label")).containsExactly(framework.id());
            assertThat(group.path("title").asString()).isEqualTo(framework.name().nl());
            List<String> labels = new ArrayList<>();
            group.path("controls").forEach(control -> labels.addAll(props(control, "label")));
            assertThat(labels).as(framework.id()).isNotEmpty().containsExactlyElementsOf(CATALOG.requirements().stream()
                    .filter(r -> r.framework().equals(framework.id())).map(Requirement::id).toList());
            controls += labels.size();
        }
        assertThat(controls).isEqualTo(CATALOG.requirements().size());
    }

    @Test
    void aControlCarriesBothLanguagesItsPropertiesSourceAndMappings() {
        Requirement requirement = CATALOG.requirementsById().get("AVG-32.1.c");
        JsonNode control = control("AVG-32.1.c");
        assertThat(control.path("title").asString()).isEqualTo(requirement.title().nl());
        JsonNode statement = control.path("parts").get(0);
        assertThat(statement.path("id").asString()).isEqualTo("AVG-32.1.c_smt");
        assertThat(statement.path("name").asString()).isEqualTo("statement");
        assertThat(statement.path("prose").asString()).isEqualTo(requirement.text().nl());
        assertThat(statement.path("parts").get(0).path("prose").asString()).isEqualTo(requirement.text().en());
        JsonNode translation = control.path("parts").get(1);
        assertThat(translation.path("name").asString()).isEqualTo("translation");
        assertThat(translation.path("class").asString()).isEqualTo("en");
        assertThat(translation.path("title").asString()).isEqualTo(requirement.title().en());

        assertThat(props(control, "framework")).containsExactly("AVG");
        assertThat(props(control, "domain")).containsExactly(requirement.domain());
        assertThat(props(control, "strength")).containsExactly(requirement.strength().name());
        assertThat(props(control, "evidence")).containsExactlyElementsOf(requirement.evidence());

        List<String> links = new ArrayList<>();
        control.path("links").forEach(l -> links.add(l.path("rel").asString() + " " + l.path("href").asString()));
        assertThat(links).containsExactly("reference " + requirement.source().url(), "intersects #BIO2-8.13",
                "intersects #BIO2-5.30", "subset #NIS2-21.2.c");
    }

    @Test
    void bio2GroupsThresholdsAndNotesAreKept() {
        assertThat(props(control("BIO2-5.01.01"), "group")).containsExactly("basishygiene", "ketenhygiene");
        Requirement withNote = CATALOG.requirementsById().get("BIO2-5.14.01");
        JsonNode note = control("BIO2-5.14.01").path("parts").get(2);
        assertThat(note.path("name").asString()).isEqualTo("note");
        assertThat(note.path("prose").asString()).isEqualTo(withNote.note().nl());
        assertThat(note.path("parts").get(0).path("prose").asString()).isEqualTo(withNote.note().en());

        Requirement withThresholds = CATALOG.requirements().stream().filter(r -> r.parameters().size() > 1).findFirst()
                .orElseThrow();
        JsonNode params = control(withThresholds.id()).path("params");
        assertThat(params).hasSize(withThresholds.parameters().size());
        String first = withThresholds.parameters().keySet().iterator().next();
        assertThat(params.get(0).path("label").asString()).isEqualTo(first);
        assertThat(params.get(0).path("values").get(0).asString())
                .isEqualTo(String.valueOf(withThresholds.parameters().get(first)));
    }

    @Test
    void theSameCatalogueGivesTheSameDocument() {
        assertThat(new Oscal(CATALOG).catalog()).isEqualTo(JSON);
    }

    private static JsonNode control(String id) {
        for (JsonNode group : ROOT.path("groups")) {
            for (JsonNode control : group.path("controls")) {
                if (control.path("id").asString().equals(id)) {
                    return control;
                }
            }
        }
        throw new AssertionError("no control " + id);
    }
}
