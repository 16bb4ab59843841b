package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The bidder's liability insurance: the cover of its policy in euro, and whether it states unconditionally that it
 * will take out the cover the tender asks on award (Velsen par. 3.2.2: "of verklaart onvoorwaardelijk bereid te zijn
 * om deze af te sluiten bij gunning van de opdracht").
 *
 * @param perClaim the policy's cover per claim; may be left out with {@code willTakeOutOnAward}
 * @param perYear the policy's cover per year; may be left out with {@code willTakeOutOnAward}
 * @param willTakeOutOnAward the bidder states unconditionally that it takes out the required cover on award;
 *     {@code null} when not stated
 */
@JsonPropertyOrder({"perClaim", "perYear", "willTakeOutOnAward"})
public record Insurance(Long perClaim, Long perYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean willTakeOutOnAward) implements DossierEvidence {

    /** A policy's cover, without a statement. */
    public Insurance(Long perClaim, Long perYear) {
        this(perClaim, perYear, null);
    }

    /** Whether the bidder states it takes out the required cover on award. */
    public boolean takesOutOnAward() {
        return Boolean.TRUE.equals(willTakeOutOnAward);
    }

    /** Whether the dossier states a policy's cover. */
    public boolean hasPolicy() {
        return perClaim != null || perYear != null;
    }

    /** The stated cover is the dossier's evidence of type INSURANCE-POLICY. */
    @Override
    public String type() {
        return "INSURANCE-POLICY";
    }

    /** A policy's cover carries no date. */
    @Override
    public LocalDate date() {
        return null;
    }

    /** {@code INSURANCE-POLICY (EUR 1000000 / EUR 2500000)}, with {@code willTakeOutOnAward} when the bidder states it. */
    @Override
    public String describe() {
        String cover = hasPolicy() ? "EUR " + perClaim + " / EUR " + perYear : "";
        return "INSURANCE-POLICY (" + cover + (takesOutOnAward() ? (cover.isEmpty() ? "" : "; ") + "willTakeOutOnAward" : "")
                + ")";
    }
}
