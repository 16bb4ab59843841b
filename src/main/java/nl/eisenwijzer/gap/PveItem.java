package nl.eisenwijzer.gap;

import java.util.Map;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Requirement;

/**
 * A requirement of the PvE as the gap rules see it: the kind of the line that answers it (as sent out, the
 * buyer's tailoring included), that line's id, the wish's weight, and the thresholds in effect for this
 * purchase (the buyer's, or else the catalogue's).
 *
 * @param lineId the requirement that leads the PvE line answering this one (itself when it leads)
 * @param weight for a wish: the line's weight; 0 otherwise
 */
public record PveItem(String requirementId, Requirement requirement, Kind kind, String lineId, int weight,
        Map<String, Long> thresholds) {

    public PveItem {
        thresholds = Map.copyOf(thresholds);
    }

    /** Whether this item leads its line: a wish is scored once, on its line's lead. */
    public boolean leadsItsLine() {
        return requirementId.equals(lineId);
    }

    /** A threshold in effect for this purchase, or the catalogue's parameter; {@code null} when neither sets it. */
    public Long threshold(String name) {
        Long value = thresholds.get(name);
        return value != null ? value : requirement.longParameter(name);
    }

    /** {@link #threshold} as a whole number of months, years or users. */
    public Integer count(String name) {
        Long value = threshold(name);
        return value == null ? null : Math.toIntExact(value);
    }
}
