package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one bidder submits: who it is, its evidence, and its answer per PvE requirement. Confidential: it is
 * held in memory for one request and never logged or stored.
 */
@JsonPropertyOrder({"name", "kvkNumber", "country", "certificates", "reports", "documents", "insurance", "references",
        "statements", "waivers"})
public record SupplierDossier(
        String name,
        String kvkNumber,
        String country,
        List<Certificate> certificates,
        List<AssuranceReport> reports,
        List<SupportingDocument> documents,
        Insurance insurance,
        List<ClientReference> references,
        List<Statement> statements,
        List<Waiver> waivers) {

    public SupplierDossier {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        reports = reports == null ? List.of() : List.copyOf(reports);
        documents = documents == null ? List.of() : List.copyOf(documents);
        references = references == null ? List.of() : List.copyOf(references);
        statements = statements == null ? List.of() : List.copyOf(statements);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }
}
