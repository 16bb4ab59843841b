package nl.eisenwijzer.input;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * An enum whose values travel as lower-case words ("outside-eu", "high-risk"). Jackson reads and writes
 * the wire value; error messages list the allowed wire values.
 */
public interface WireEnum {

    @JsonValue
    String wire();

    static <E extends Enum<E> & WireEnum> List<String> allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList();
    }

    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(value)) {
                return constant;
            }
        }
        throw InvalidInputException.notAllowed(field, value, allowed(type));
    }
}
