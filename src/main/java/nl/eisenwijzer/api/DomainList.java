package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.Domain;

/**
 * {@code GET /api/v1/catalog/domains}: the domains, in the order of the PvE's chapters; the ids the requirements
 * filter {@code domain} and an own requirement's {@code tailoring.add[].domain} take.
 */
@JsonPropertyOrder({"catalogVersion", "domains"})
@Schema(requiredProperties = {"catalogVersion", "domains"})
record DomainList(String catalogVersion, List<Domain> domains) {
}
