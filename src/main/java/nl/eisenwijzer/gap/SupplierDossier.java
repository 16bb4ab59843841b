package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * What one bidder submits: who it is, its price (in euro, as the tender's price sheet asks it; scored by
 * {@code rules/award/} when the profile has a price criterion), who controls it and who works with it (ownership, subcontractors and
 * component suppliers, for the national-security test), its evidence, and its answer per PvE requirement. Confidential: it is
 * held in memory for one request and never logged or stored.
 */
@JsonPropertyOrder({"name", "kvkNumber", "country", "price", "stateOwned", "ownership", "subcontractors", "components",
        "certificates", "reports", "documents", "insurance", "references", "statements", "waivers"})
public record SupplierDossier(
        String name,
        String kvkNumber,
        String country,
        java.math.BigDecimal price,
        Boolean stateOwned,
        List<ControllingParty> ownership,
        List<ChainParty> subcontractors,
        List<ChainParty> components,
        List<Certificate> certificates,
        List<AssuranceReport> reports,
        List<SupportingDocument> documents,
        Insurance insurance,
        List<ClientReference> references,
        List<Statement> statements,
        List<Waiver> waivers) {

    public SupplierDossier {
        ownership = ownership == null ? List.of() : List.copyOf(ownership);
        subcontractors = subcontractors == null ? List.of() : List.copyOf(subcontractors);
        components = components == null ? List.of() : List.copyOf(components);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        reports = reports == null ? List.of() : List.copyOf(reports);
        documents = documents == null ? List.of() : List.copyOf(documents);
        references = references == null ? List.of() : List.copyOf(references);
        statements = statements == null ? List.of() : List.copyOf(statements);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /** Every piece of evidence in the dossier: certificates, reports, documents, insurance, references, in that order. */
    public List<DossierEvidence> evidence() {
        List<DossierEvidence> all = new ArrayList<>(certificates);
        all.addAll(reports);
        all.addAll(documents);
        if (insurance != null) {
            all.add(insurance);
        }
        all.addAll(references);
        return List.copyOf(all);
    }
}
