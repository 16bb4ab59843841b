package nl.eisenwijzer.input;

import java.util.List;

/**
 * Input that cannot be used: names the offending field and, where there is a closed set, the allowed
 * values. The CLI prints {@link #getMessage()} as its one line; the API turns it into problem+json.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final List<String> allowedValues;

    public InvalidInputException(String field, String message, List<String> allowedValues) {
        super(message);
        this.field = field;
        this.allowedValues = List.copyOf(allowedValues);
    }

    public InvalidInputException(String field, String message) {
        this(field, message, List.of());
    }

    public static InvalidInputException notAllowed(String field, Object value, List<String> allowed) {
        return new InvalidInputException(field,
                "field '" + field + "': '" + value + "' is not allowed; allowed values: " + String.join(", ", allowed),
                allowed);
    }

    /** Dotted path of the offending field, e.g. {@code classification.confidentiality}; empty for the document. */
    public String field() {
        return field;
    }

    public List<String> allowedValues() {
        return allowedValues;
    }
}
