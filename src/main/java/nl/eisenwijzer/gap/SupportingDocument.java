package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A dated document in the dossier: suitability evidence (GVA, tax statement, KvK extract) or a DPA, SBOM, … */
@JsonPropertyOrder({"type", "date"})
public record SupportingDocument(String type, LocalDate date) implements DossierEvidence {

    @Override
    public String describe() {
        return type + " (" + date + ")";
    }
}
