package nl.eisenwijzer.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Request bodies for the API tests, built from the real example files. */
final class Bodies {

    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Bodies() {
    }

    /** An example file (under examples/) as JSON text, as a tool holds it after reading the YAML. */
    static String json(String example) throws IOException {
        return JSON.writeValueAsString(YAML.readTree(Files.readString(Path.of("examples", example))));
    }

    /** A gap-report request: the Velsen purchase with its compliant and its conditional bidder. */
    static String velsenBidders() throws IOException {
        return "{\"procurement\": " + json("velsen-awareness.yaml") + ", \"suppliers\": ["
                + json("suppliers/velsen-compliant.yaml") + ", " + json("suppliers/velsen-conditional.yaml") + "]}";
    }

    /** The Velsen award: its profile with the award section, the three bidders and the committee's judgments. */
    static String velsenAward() throws IOException {
        return "{\"procurement\": " + json("velsen-award.yaml") + ", \"suppliers\": [" + json("suppliers/velsen-compliant.yaml")
                + ", " + json("suppliers/velsen-conditional.yaml") + ", " + json("suppliers/velsen-excluded.yaml")
                + "], \"evaluation\": " + json("evaluations/velsen-evaluation.yaml") + "}";
    }

    /** A national-security request: the camera purchase, its bidder's chain and the officer's confirmed answers. */
    static String cameraAssessment() throws IOException {
        return "{\"procurement\": " + json("camera-surveillance-police.yaml") + ", \"supplier\": "
                + json("suppliers/camera-bidder.yaml") + ", \"answers\": " + json("natsec/camera-answers.yaml") + "}";
    }

    /** An example file as a mutable map, so a test can replace one field. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String path) throws IOException {
        return YAML.readValue(Files.readString(Path.of(path)), Map.class);
    }
}
