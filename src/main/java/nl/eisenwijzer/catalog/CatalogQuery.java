package nl.eisenwijzer.catalog;

import java.util.List;
import java.util.Set;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * A filter over the catalogue's requirements. Each criterion is optional; unknown values are rejected with
 * the allowed ones rather than silently matching nothing.
 *
 * @param productType keeps requirements of which some {@code appliesWhen} alternative names a trait that
 *                    the product type implies: the requirements that concern it
 */
public record CatalogQuery(String framework, String domain, String productType) {

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null);

    public List<Requirement> apply(Catalog catalog) {
        check("framework", framework, catalog.frameworksById().keySet());
        check("domain", domain, catalog.domainsById().keySet());
        check("productType", productType, catalog.productTypesById().keySet());
        Set<String> traits = productType == null ? Set.of() : Set.copyOf(catalog.productTypesById().get(productType).traits());
        return catalog.requirements().stream()
                .filter(r -> framework == null || framework.equals(r.framework()))
                .filter(r -> domain == null || domain.equals(r.domain()))
                .filter(r -> productType == null || r.conditions().stream().anyMatch(c -> c.stream().anyMatch(traits::contains)))
                .toList();
    }

    private static void check(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw InvalidInputException.notAllowed(field, value, allowed.stream().sorted().toList());
        }
    }
}
