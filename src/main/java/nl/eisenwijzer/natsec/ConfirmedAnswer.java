package nl.eisenwijzer.natsec;

/** Fact: a person's answer to one question for one party, with the justification the report shows. */
public record ConfirmedAnswer(String entity, Question question, boolean answer, String justification) {
}
