package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/**
 * A waiver the rules refuse: it names a requirement that every bidder must meet at award (an eis, a suitability item or
 * a wish), where only a contract condition can be waived for one bidder. The assessor turns it into a 400 naming the
 * waiver; {@code rules/gap/status.drl} decides it.
 */
public record WaiverRefused(Waiver waiver, String requirementId, Kind kind, String rule, Text explanation) {
}
