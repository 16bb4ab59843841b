package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.catalog.Tri;

/**
 * Derived: one piece of evidence towards an answer — for questions 1, 2 and 3A any true indicator makes the
 * answer true; for 3B any false one (a risk no realisable measure addresses) makes it false.
 */
public record Indicator(String entity, Question question, Tri value, String rule, Text reason) {
}
