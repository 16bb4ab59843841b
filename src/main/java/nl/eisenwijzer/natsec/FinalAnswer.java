package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Tri;

/**
 * Derived: the answer that counts — a person's confirmed answer when there is one, else the derived
 * answer — keeping the derived value beside it so the report can show both.
 */
public record FinalAnswer(String entity, Question question, Tri value, Basis basis, Tri derived, String justification,
        String rule) {
}
