package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** The bidder's liability insurance cover in euro. */
@JsonPropertyOrder({"perClaim", "perYear"})
public record Insurance(Long perClaim, Long perYear) implements DossierEvidence {

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

    @Override
    public String describe() {
        return "INSURANCE-POLICY (EUR " + perClaim + " / EUR " + perYear + ")";
    }
}
