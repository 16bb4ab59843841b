package nl.eisenwijzer.natsec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a person confirms or overrides: {@code q1}…{@code q3b} for the bidder, and under {@code parties}
 * the same per subcontractor or component supplier, by name. Any subset; each with a justification.
 */
@JsonPropertyOrder({"q1", "q2", "q3a", "q3b", "parties"})
public record Answers(AnswerInput q1, AnswerInput q2, AnswerInput q3a, AnswerInput q3b, Map<String, Answers> parties) {

    public static final Answers NONE = new Answers(null, null, null, null, null);

    public Answers {
        parties = parties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parties));
    }

    /** The answers given, by question, in question order. */
    public Map<Question, AnswerInput> byQuestion() {
        Map<Question, AnswerInput> given = new LinkedHashMap<>();
        put(given, Question.Q1, q1);
        put(given, Question.Q2, q2);
        put(given, Question.Q3A, q3a);
        put(given, Question.Q3B, q3b);
        return given;
    }

    private static void put(Map<Question, AnswerInput> given, Question question, AnswerInput answer) {
        if (answer != null) {
            given.put(question, answer);
        }
    }
}
