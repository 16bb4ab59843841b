package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** The buyer's text for a line; a language the buyer left out is null and keeps the catalogue's text. */
public record TextReplaced(String lineId, Text text, String rule, Text explanation) {
}
