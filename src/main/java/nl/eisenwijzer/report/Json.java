package nl.eisenwijzer.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer for everything Eisenwijzer outputs (CLI and API alike), so that the same input gives
 * byte-identical JSON everywhere: indented, dates as ISO-8601 text, field order as declared on the records.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }
}
