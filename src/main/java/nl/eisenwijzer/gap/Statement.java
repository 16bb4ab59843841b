package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The bidder's answer to one PvE requirement, or to a PvE line by the id that leads it.
 *
 * @param evidence the evidence types in the dossier the bidder relies on
 */
@JsonPropertyOrder({"requirement", "answer", "explanation", "evidence"})
public record Statement(String requirement, Answer answer, String explanation, List<String> evidence) {

    public Statement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean cites(String evidenceType) {
        return evidence.contains(evidenceType);
    }
}
