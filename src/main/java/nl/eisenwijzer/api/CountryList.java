package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code GET /api/v1/catalog/countries}: the countries a dossier's parties may be in (ISO 3166-1 alpha-2), the
 * values of {@code country} for the bidder, its owners, subcontractors and component suppliers.
 */
@JsonPropertyOrder({"catalogVersion", "countries"})
@Schema(requiredProperties = {"catalogVersion", "countries"})
record CountryList(String catalogVersion, List<CountryItem> countries) {
}
