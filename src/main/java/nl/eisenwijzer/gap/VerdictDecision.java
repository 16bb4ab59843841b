package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** A verdict rule's conclusion. */
public record VerdictDecision(Verdict verdict, String rule, Text explanation) {
}
