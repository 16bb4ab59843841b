package nl.eisenwijzer.natsec;

/** A person's answer to one question: true or false, and why. Both are required. */
public record AnswerInput(Boolean answer, String justification) {
}
