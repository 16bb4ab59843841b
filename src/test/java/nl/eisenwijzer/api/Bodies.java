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

    /** An example file as a mutable map, so a test can replace one field. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String path) throws IOException {
        return YAML.readValue(Files.readString(Path.of(path)), Map.class);
    }
}
