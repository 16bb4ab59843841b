package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** The weight of a wish (an award criterion), by default or as the buyer set it. */
public record FinalWeight(String lineId, int weight, String rule, Text explanation) {
}
