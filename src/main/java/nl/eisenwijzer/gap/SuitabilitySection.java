package nl.eisenwijzer.gap;

/**
 * A PvE requirement that the report lists under suitability (geschiktheid), apart from the requirements the offer
 * must meet: suitability concerns the bidder, not what it offers. Derived by {@code rules/gap/suitability.drl}.
 */
public record SuitabilitySection(String requirementId, String rule) {
}
