package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.EvidenceType;

/**
 * {@code GET /api/v1/catalog/certificate-types}: the evidence types of kind certificate, the values a dossier's
 * {@code certificates[].type} takes.
 */
@JsonPropertyOrder({"catalogVersion", "certificateTypes"})
@Schema(requiredProperties = {"catalogVersion", "certificateTypes"})
record CertificateTypeList(String catalogVersion, List<EvidenceType> certificateTypes) {
}
