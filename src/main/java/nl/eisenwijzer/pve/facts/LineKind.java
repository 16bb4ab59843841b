package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/** The kind the rules give a line: that of its strictest requirement, with that requirement's reason. */
public record LineKind(String lineId, Kind kind, String rule, Text explanation) {
}
