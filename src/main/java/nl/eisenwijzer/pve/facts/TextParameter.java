package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** The value of a {@code {name}} placeholder in a requirement's title or text, for this purchase. */
public record TextParameter(String requirementId, String name, Text value, String rule) {
}
