package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate in the dossier (ISO 27001 and the like): the bidder's own, or that of a party the bidder relies on
 * for hosting or information security.
 *
 * @param coversServices the product types the certified scope covers
 * @param accredited issued under accreditation (e.g. by the RvA); {@code false} when not stated
 * @param holder the party that holds the certificate, when it is not the bidder itself; {@code null} for the
 *     bidder's own
 * @param reliedOnFor with {@code holder}: what the bidder relies on that party for
 */
@JsonPropertyOrder({"type", "scope", "coversServices", "issuer", "accredited", "issued", "validUntil", "holder", "reliedOnFor"})
public record Certificate(String type, String scope, List<String> coversServices, String issuer, Boolean accredited,
        LocalDate issued, LocalDate validUntil,
        @JsonInclude(JsonInclude.Include.NON_NULL) String holder,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReliedOnFor reliedOnFor) implements ScopedEvidence {

    public Certificate {
        coversServices = coversServices == null ? List.of() : List.copyOf(coversServices);
        accredited = Boolean.TRUE.equals(accredited);
    }

    /** The bidder's own certificate. */
    public Certificate(String type, String scope, List<String> coversServices, String issuer, Boolean accredited,
            LocalDate issued, LocalDate validUntil) {
        this(type, scope, coversServices, issuer, accredited, issued, validUntil, null, null);
    }

    public boolean isAccredited() {
        return accredited;
    }

    @Override
    public LocalDate date() {
        return issued;
    }

    /** {@code ISO27001 (2024-01-01 – 2027-01-01)}; another party's: {@code ISO27001 [Hoster B.V.] (…)}. */
    @Override
    public String describe() {
        return type + (holder == null ? "" : " [" + holder + "]") + " (" + (issued == null ? "" : issued + " – ")
                + validUntil + ")";
    }
}
