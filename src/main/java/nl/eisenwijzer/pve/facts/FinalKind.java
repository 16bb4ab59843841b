package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/** The kind a line has in the PvE as sent out: as the rules decided, or as the buyer tailored it. */
public record FinalKind(String lineId, Kind kind, String rule, Text explanation) {
}
