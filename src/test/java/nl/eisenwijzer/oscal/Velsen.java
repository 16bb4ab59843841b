package nl.eisenwijzer.oscal;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Velsen example (awareness platform, three bidders) on the real engine, and the OSCAL made of it. */
final class Velsen {

    static final Eisenwijzer ENGINE = TestEngine.get();
    static final Oscal OSCAL = new Oscal(ENGINE.catalog());
    static final String COMPLIANT = "velsen-compliant.yaml";
    static final String EXCLUDED = "velsen-excluded.yaml";
    static final String CONDITIONAL = "velsen-conditional.yaml";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Velsen() {
    }

    static ProcurementProfile profile() {
        return ENGINE.readProfile(read(TestEngine.EXAMPLES.resolve("velsen-awareness.yaml")), Format.YAML);
    }

    static Pve pve(Language language) {
        return ENGINE.pve(profile(), language);
    }

    static GapReport report(Language language, String... dossiers) {
        GapAssessor gaps = ENGINE.gaps();
        List<SupplierDossier> list = new ArrayList<>();
        for (String name : dossiers) {
            list.add(gaps.dossierReader().read(read(TestEngine.EXAMPLES.resolve("suppliers").resolve(name)), Format.YAML));
        }
        return gaps.assess(gaps.target(profile(), language), list, language, "suppliers[%d]");
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** The values of the properties with this name (in any namespace) on an OSCAL object. */
    static List<String> props(JsonNode owner, String name) {
        List<String> values = new ArrayList<>();
        owner.path("props").forEach(p -> {
            if (p.path("name").asString().equals(name)) {
                values.add(p.path("value").asString());
            }
        });
        return values;
    }

    /** The texts in a JSON array. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The first element of an array whose text at the JSON pointer is the given value. */
    static JsonNode element(JsonNode array, String pointer, String value) {
        for (JsonNode element : array) {
            if (element.at(pointer).asString().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + pointer + " = " + value);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
