package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code GET /api/v1/catalog/measures}: the control measures of the national-security test, the ids a profile's
 * {@code controlMeasures} and an assessment's {@code realisableMeasures} take.
 */
@JsonPropertyOrder({"catalogVersion", "measures"})
@Schema(requiredProperties = {"catalogVersion", "measures"})
record MeasureList(String catalogVersion, List<MeasureItem> measures) {
}
