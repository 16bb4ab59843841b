package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.Framework;

/**
 * {@code GET /api/v1/catalog/frameworks}: the frameworks the catalogue draws from, in the order that decides which
 * framework leads a line that several answer; the ids the requirements filter {@code framework} takes.
 */
@JsonPropertyOrder({"catalogVersion", "frameworks"})
@Schema(requiredProperties = {"catalogVersion", "frameworks"})
record FrameworkList(String catalogVersion, List<Framework> frameworks) {
}
