package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/** The kind an applicable requirement has, with the rule whose proposal decided it. */
public record KindDecision(String requirementId, Kind kind, String rule, Text explanation) {
}
