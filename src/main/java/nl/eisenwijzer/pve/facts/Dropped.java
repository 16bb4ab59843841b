package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** A requirement or line the buyer left out of the PvE, with the reason. Everything on a dropped line goes too. */
public record Dropped(String requirementId, String rule, Text explanation) {
}
