package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/**
 * A contract condition the bidder accepted by bidding and shows after award: it stands beside an admissible verdict
 * and in the roadmap, and does not make the bid less admissible. Derived by {@code rules/gap/verdict.drl}.
 */
public record OpenCondition(String requirementId, String rule, Text explanation) {
}
