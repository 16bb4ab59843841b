package nl.eisenwijzer.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import nl.eisenwijzer.input.WireEnum;

/**
 * A three-valued answer: true, false, or not known. The national-security test must be able to say "we do
 * not know" rather than guess, so an unknown never counts as false.
 */
public enum Tri implements WireEnum {
    TRUE("true"),
    FALSE("false"),
    UNKNOWN("unknown");

    private final String wire;

    Tri(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Reads YAML/JSON {@code true}, {@code false} and {@code "unknown"}; anything else is refused. */
    @JsonCreator
    public static Tri of(Object value) {
        if (value instanceof Boolean b) {
            return of(b);
        }
        for (Tri tri : values()) {
            if (tri.wire.equals(value)) {
                return tri;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not allowed; allowed values: true, false, unknown");
    }

    /** {@code null} (not stated) is unknown. */
    public static Tri of(Boolean value) {
        return value == null ? UNKNOWN : value ? TRUE : FALSE;
    }
}
