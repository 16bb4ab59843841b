package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.profile.Tailoring;

/**
 * One change from the profile's {@code tailoring} section, as a fact for the tailoring rules.
 *
 * @param index its place in its list, so that an error names the field the buyer wrote
 * @param text for {@code TEXT}: the new text (a language left out is null)
 * @param own for {@code ADD}: the buyer's own requirement
 */
public record TailoringRequest(Operation operation, int index, String id, Kind kind, Text text, Integer weight,
        String justification, Tailoring.OwnRequirement own) {

    public enum Operation {
        EXCLUDE("exclude"), KIND("kind"), TEXT("text"), WEIGHT("weight"), ADD("add");

        private final String field;

        Operation(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The field path in the profile, e.g. {@code tailoring.exclude[0]}. */
    public String field() {
        return "tailoring." + operation.field() + "[" + index + "]";
    }

    /** The buyer's reason, or an empty text where none is needed (a weight). */
    public String reason() {
        return justification == null || justification.isBlank() ? "" : justification.strip();
    }
}
