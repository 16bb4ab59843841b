package nl.eisenwijzer.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML or JSON into records, strictly: unknown fields, duplicate keys and type coercions are errors,
 * and every error is turned into an {@link InvalidInputException} that names the field (as a dotted path),
 * the line, and for enumerations the allowed values.
 */
public final class StrictReader {

    private static final ObjectMapper YAML = strict(YAMLMapper.builder());
    private static final ObjectMapper JSON = strict(JsonMapper.builder());

    private StrictReader() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
        Consumer<tools.jackson.databind.cfg.MutableCoercionConfig> noStrings =
                c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A field a record keeps out of its JSON (@JsonIgnore) is as unknown to the user as any other.
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Boolean, noStrings)
                .withCoercionConfig(LogicalType.Integer, noStrings)
                .withCoercionConfig(LogicalType.Float, noStrings)
                .build();
    }

    public static ObjectMapper mapper(Format format) {
        return format == Format.JSON ? JSON : YAML;
    }

    /** Reads a whole document into {@code type}. */
    public static <T> T read(String content, Format format, Class<T> type) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException("", "the document is empty");
        }
        try {
            T value = mapper(format).readValue(content, type);
            if (value == null) {
                throw new InvalidInputException("", "the document is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw translate(e, content, 1);
        }
    }

    /** A value read from a list in a file, with the line its entry starts on. */
    public record Located<T>(T value, int line) {
    }

    /**
     * Reads the list under top-level key {@code key} entry by entry, so that each entry keeps its line.
     * Other top-level keys are errors.
     */
    public static <T> List<Located<T>> readList(String content, String key, Class<T> type) {
        // Entries are read one by one from a shared parser: what follows an entry is the next entry.
        tools.jackson.databind.ObjectReader reader = YAML.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        List<Located<T>> result = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(key, "line 1: the file is empty; expected a top-level '" + key + ":' list");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidInputException(key, line(parser) + "expected a mapping with a top-level '" + key + ":' list");
            }
            boolean seen = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (!key.equals(name)) {
                    throw new InvalidInputException(name, line(parser) + "unknown top-level field '" + name
                            + "'; allowed: " + key);
                }
                seen = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new InvalidInputException(key, line(parser) + "'" + key + "' must be a list");
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int entryLine = parser.currentTokenLocation().getLineNr();
                    try {
                        result.add(new Located<>(reader.readValue(parser), entryLine));
                    } catch (JacksonException e) {
                        InvalidInputException translated = translate(e, content, entryLine);
                        String field = key + "[" + index + "]" + (translated.field().isEmpty() ? "" : "." + translated.field());
                        throw new InvalidInputException(field, translated.getMessage(), translated.allowedValues());
                    }
                    index++;
                }
            }
            if (!seen) {
                throw new InvalidInputException(key, "line 1: missing top-level '" + key + ":' list");
            }
        } catch (JacksonException e) {
            throw translate(e);
        }
        return result;
    }

    private static String line(JsonParser parser) {
        return "line " + parser.currentTokenLocation().getLineNr() + ": ";
    }

    /** Turns a Jackson error into a message a person can act on, without Jackson's internals. */
    public static InvalidInputException translate(JacksonException e) {
        return translate(e, null, 1);
    }

    /**
     * As {@link #translate(JacksonException)}, and for an unknown field the line it stands on: Jackson reads
     * a record's fields before it complains, so its own location points past the field.
     * <p>
     * A record that reads a value itself (a {@code @JsonCreator}) refuses it with an {@link InvalidInputException}
     * naming the field relative to the record and saying what is wrong without naming it: only the reader knows
     * the whole path and the line, and puts them in front.
     */
    static InvalidInputException translate(JacksonException e, String content, int fromLine) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidInputException cause) {
            String field = join(path(e), cause.field());
            return new InvalidInputException(field, at(e) + (field.isEmpty() ? "" : "field '" + field + "': ")
                    + cause.getMessage(), cause.allowedValues());
        }
        String field = path(e);
        if (e instanceof PropertyBindingException pbe) {
            List<String> known = sorted(pbe.getKnownPropertyIds());
            String at = content == null ? at(e) : lineOf(content, fromLine, pbe.getPropertyName()).map(n -> "line " + n + ": ").orElse(at(e));
            return new InvalidInputException(field, at + "unknown field '" + field + "'; allowed fields: "
                    + String.join(", ", known), known);
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            List<String> allowed = enumValues(ife.getTargetType());
            return new InvalidInputException(field, at(e) + "field '" + field + "': '" + ife.getValue()
                    + "' is not allowed; allowed values: " + String.join(", ", allowed), allowed);
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            Class<?> target = mie.getTargetType();
            if (target.isEnum()) {
                List<String> allowed = enumValues(target);
                return new InvalidInputException(field, at(e) + "field '" + field
                        + "' has a value that is not allowed; allowed values: " + String.join(", ", allowed), allowed);
            }
            return new InvalidInputException(field, at(e) + "field '" + field + "' must be " + describe(target));
        }
        if (e instanceof StreamReadException) {
            return new InvalidInputException(field, at(e) + "not valid YAML/JSON: " + firstLine(e.getOriginalMessage()));
        }
        return new InvalidInputException(field, at(e) + (field.isEmpty() ? "" : "field '" + field + "': ")
                + firstLine(e.getOriginalMessage()));
    }

    /** The first line at or after {@code fromLine} where {@code key} stands as a mapping key (block or flow style). */
    static java.util.Optional<Integer> lineOf(String content, int fromLine, String key) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                "(^|[\\s{,-])[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = content.split("\\R", -1);
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                return java.util.Optional.of(i + 1);
            }
        }
        return java.util.Optional.empty();
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location != null && location.getLineNr() > 0 ? "line " + location.getLineNr() + ": " : "";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String outer, String inner) {
        if (inner == null || inner.isEmpty()) {
            return outer;
        }
        return outer.isEmpty() ? inner : outer + "." + inner;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> enumValues(Class<?> type) {
        if (WireEnum.class.isAssignableFrom(type)) {
            return WireEnum.allowed((Class) type);
        }
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    private static List<String> sorted(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().toList();
    }

    private static String describe(Class<?> target) {
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (target == String.class) {
            return "a text";
        }
        if (target.isRecord()) {
            return "a mapping (key: value)";
        }
        return "a " + target.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
