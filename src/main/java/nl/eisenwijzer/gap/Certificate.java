package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate in the dossier (ISO 27001 and the like).
 *
 * @param coversServices the product types the certified scope covers
 * @param accredited issued under accreditation (e.g. by the RvA); {@code false} when not stated
 */
@JsonPropertyOrder({"type", "scope", "coversServices", "issuer", "accredited", "issued", "validUntil"})
public record Certificate(String type, String scope, List<String> coversServices, String issuer, Boolean accredited,
        LocalDate issued, LocalDate validUntil) implements ScopedEvidence {

    public Certificate {
        coversServices = coversServices == null ? List.of() : List.copyOf(coversServices);
        accredited = Boolean.TRUE.equals(accredited);
    }

    public boolean isAccredited() {
        return accredited;
    }

    @Override
    public LocalDate date() {
        return issued;
    }

    @Override
    public String describe() {
        return type + " (" + (issued == null ? "" : issued + " – ") + validUntil + ")";
    }
}
