package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.EvidenceType;

/**
 * {@code GET /api/v1/catalog/document-types}: the evidence types of kind document, the values a dossier's
 * {@code documents[].type} takes (GVA, KvK extract, DPA, SBOM ...).
 */
@JsonPropertyOrder({"catalogVersion", "documentTypes"})
@Schema(requiredProperties = {"catalogVersion", "documentTypes"})
record DocumentTypeList(String catalogVersion, List<EvidenceType> documentTypes) {
}
