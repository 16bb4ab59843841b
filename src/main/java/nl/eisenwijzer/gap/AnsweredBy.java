package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** The statement that answers a PvE requirement: its own, or the one on the PvE line that answers it. */
public record AnsweredBy(String requirementId, Statement statement, String rule, Text explanation) {
}
