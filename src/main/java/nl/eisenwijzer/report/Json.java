package nl.eisenwijzer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer for everything Eisenwijzer outputs (CLI and API alike), so that the same input gives
 * byte-identical JSON everywhere: indented, dates as ISO-8601 text, field order as declared on the records.
 * A value that is not there is left out rather than written as {@code null}: the published schemas have no
 * nullable fields, and a generated client reads an absent optional field as "not given".
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }
}
