package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;

/**
 * The bidder's answer to one PvE requirement, or to a PvE line by the id that leads it.
 *
 * @param evidence the evidence types in the dossier the bidder relies on
 * @param deprecatedAnswer the deprecated alias the dossier gave for the answer ({@code yes}), remembered so that
 *     the report can say so; {@code null} when it gave the current code. Not part of the dossier's JSON: the
 *     dossier says the same in the current code.
 */
@JsonPropertyOrder({"requirement", "answer", "explanation", "evidence"})
public record Statement(String requirement, Answer answer, String explanation, List<String> evidence,
        @JsonIgnore String deprecatedAnswer) {

    public Statement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A statement in the current codes. */
    public Statement(String requirement, Answer answer, String explanation, List<String> evidence) {
        this(requirement, answer, explanation, evidence, null);
    }

    /**
     * A statement whose answer is a code as the bidder wrote it: a current code, or a deprecated alias, which
     * the statement remembers.
     *
     * @param code one of the codes {@link Answer#ofCode} knows
     */
    public static Statement coded(String requirement, String code, String explanation, List<String> evidence) {
        Answer answer = Answer.ofCode(code);
        if (answer == null) {
            throw new IllegalArgumentException("not an answer code: " + code);
        }
        return new Statement(requirement, answer, explanation, evidence, answer.wire().equals(code) ? null : code);
    }

    /**
     * A statement as a YAML or JSON dossier gives it. The answer is read as whatever the document holds, so
     * that a boolean is refused as a boolean, never mapped to a code: a YAML 1.1 tool turned {@code yes} into
     * {@code true}, and only the bidder can say what was meant. A missing answer is left to the dossier check,
     * which names the whole path.
     */
    @JsonCreator
    static Statement read(@JsonProperty("requirement") String requirement, @JsonProperty("answer") Object answer,
            @JsonProperty("explanation") String explanation, @JsonProperty("evidence") List<String> evidence) {
        if (answer == null) {
            return new Statement(requirement, null, explanation, evidence);
        }
        List<String> allowed = WireEnum.allowed(Answer.class);
        String values = "allowed values: " + String.join(", ", allowed);
        if (answer instanceof Boolean) {
            throw new InvalidInputException("answer", answer + " is not allowed: the answer is a code, not true or "
                    + "false; " + values + ". A YAML 1.1 reader (such as PyYAML) turns yes and no into true and false; "
                    + "write " + Answer.COMPLIES.wire() + " or " + Answer.DOES_NOT_COMPLY.wire() + " in the file", allowed);
        }
        if (!(answer instanceof String code)) {
            throw new InvalidInputException("answer", "'" + answer + "' is not allowed: the answer is a code; " + values,
                    allowed);
        }
        if (Answer.ofCode(code) == null) {
            throw new InvalidInputException("answer", "'" + code + "' is not allowed; " + values, allowed);
        }
        return coded(requirement, code, explanation, evidence);
    }

    public boolean cites(String evidenceType) {
        return evidence.contains(evidenceType);
    }
}
