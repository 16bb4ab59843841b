package nl.eisenwijzer.award;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the evaluation committee decided: its consensus judgment per bidder and quality criterion, with the motivation
 * the award letter quotes, and the result of a draw by lot when one was needed and has been held. Confidential like the
 * dossiers: held for one request, never logged or stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"judgments", "draw"})
public record Evaluation(List<Judgment> judgments, DrawResult draw) {

    public Evaluation {
        // A null item stays, so that the validation can refuse it with the field name.
        judgments = judgments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(judgments));
    }

    public static final Evaluation NONE = new Evaluation(List.of(), null);
}
