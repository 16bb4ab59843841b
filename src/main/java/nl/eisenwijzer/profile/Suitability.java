package nl.eisenwijzer.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The suitability requirements (geschiktheidseisen) the tender asks, with the buyer's own thresholds where
 * the catalogue's defaults (from the Velsen tender) do not fit the contract. A tender that asks none leaves the
 * section out, and then the PvE has no suitability lines.
 *
 * @param ask which suitability requirements the tender asks
 * @param insurance the liability cover asked, when {@code insurance} is asked; the catalogue's amounts otherwise
 * @param references the reference period and size asked, when {@code references} is asked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ask", "insurance", "references"})
public record Suitability(List<SuitabilityItem> ask, Insurance insurance, References references) {

    public Suitability {
        // A null item stays, so that the reader can refuse it with the field name.
        ask = ask == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ask));
    }

    /** The catalogue parameters a buyer may set here, by the name the catalogue gives them. */
    public static final java.util.Set<String> THRESHOLDS = java.util.Set.of("perClaimEur", "perYearEur", "withinYears",
            "minUsersPerYear");

    public boolean asks(SuitabilityItem item) {
        return ask.contains(item);
    }

    /** The buyer's value for a threshold the catalogue names, or {@code null} when the buyer did not set it. */
    public Long threshold(String name) {
        return switch (name) {
            case "perClaimEur" -> insurance == null ? null : insurance.perClaimEur();
            case "perYearEur" -> insurance == null ? null : insurance.perYearEur();
            case "withinYears" -> references == null || references.withinYears() == null ? null
                    : references.withinYears().longValue();
            case "minUsersPerYear" -> references == null || references.minUsersPerYear() == null ? null
                    : references.minUsersPerYear().longValue();
            default -> null;
        };
    }

    /** The cover per claim and per year, in whole euros. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"perClaimEur", "perYearEur"})
    public record Insurance(Long perClaimEur, Long perYearEur) {
    }

    /** The years before the tender date a reference may be from, and the users per year it must have served. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"withinYears", "minUsersPerYear"})
    public record References(Integer withinYears, Integer minUsersPerYear) {
    }
}
