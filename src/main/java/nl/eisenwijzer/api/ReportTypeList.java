package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.EvidenceType;

/**
 * {@code GET /api/v1/catalog/report-types}: the evidence types of kind report, the values a dossier's
 * {@code reports[].type} takes, with how long each counts as current and what bridges it.
 */
@JsonPropertyOrder({"catalogVersion", "reportTypes"})
@Schema(requiredProperties = {"catalogVersion", "reportTypes"})
record ReportTypeList(String catalogVersion, List<EvidenceType> reportTypes) {
}
