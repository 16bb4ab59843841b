package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.eisenwijzer.catalog.ProductType;

/**
 * {@code GET /api/v1/catalog/product-types}: the product types (inkooponderdelen) a profile's {@code productTypes} and
 * the requirements filter {@code productType} take, with the traits each implies.
 */
@JsonPropertyOrder({"catalogVersion", "productTypes"})
@Schema(requiredProperties = {"catalogVersion", "productTypes"})
record ProductTypeList(String catalogVersion, List<ProductType> productTypes) {
}
