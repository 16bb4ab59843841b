package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.EvidenceType;

/**
 * {@code GET /api/v1/catalog/evidence-types}: every kind of evidence a bidder can bring; a dossier statement's
 * {@code evidence} cites any of them, and {@code kind} says which list of the dossier holds it.
 */
@JsonPropertyOrder({"catalogVersion", "evidenceTypes"})
@Schema(requiredProperties = {"catalogVersion", "evidenceTypes"})
record EvidenceTypeList(String catalogVersion, List<EvidenceType> evidenceTypes) {
}
