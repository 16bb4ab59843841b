package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A dated document in the dossier: suitability evidence (GVA, tax statement, KvK extract) or a DPA, SBOM, …
 *
 * <p>A bidder established outside the Netherlands may bring, instead of a Dutch document, the equivalent document
 * of its country or a sworn statement where that country issues none: a document of type {@code EQUIVALENT-DOCUMENT}
 * or {@code SWORN-STATEMENT} naming the Dutch type it replaces. Whether it counts is for {@code rules/gap/}.
 *
 * @param equivalentOf the Dutch evidence type this document stands in for (GVA, TAX-STATEMENT, KVK-EXTRACT), or
 *     {@code null} for a document that is what its type says
 * @param country with {@code equivalentOf}: the country that issued it, ISO 3166-1 alpha-2
 * @param name with {@code equivalentOf}: what the document is called there ("Führungszeugnis"); optional
 */
@JsonPropertyOrder({"type", "date", "equivalentOf", "country", "name"})
public record SupportingDocument(String type, LocalDate date,
        @JsonInclude(JsonInclude.Include.NON_NULL) String equivalentOf,
        @JsonInclude(JsonInclude.Include.NON_NULL) String country,
        @JsonInclude(JsonInclude.Include.NON_NULL) String name) implements DossierEvidence {

    /** A document that is what its type says. */
    public SupportingDocument(String type, LocalDate date) {
        this(type, date, null, null, null);
    }

    /** {@code GVA (2025-01-10)}; one that stands in for another: {@code EQUIVALENT-DOCUMENT/GVA "Führungszeugnis" (DE, 2025-01-10)}. */
    @Override
    public String describe() {
        if (equivalentOf == null) {
            return type + " (" + date + ")";
        }
        return type + "/" + equivalentOf + (name == null ? "" : " \"" + name + "\"") + " (" + country + ", " + date + ")";
    }
}
