package nl.eisenwijzer.catalog;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * A filter over the catalogue's requirements: a requirement is kept when it matches one of the values of each
 * filter given (OR within a filter, AND across filters); an empty filter keeps everything. Unknown values are
 * rejected with the allowed ones rather than silently matching nothing.
 *
 * <p>A value may hold several ids separated by commas ({@code AVG,BIO2}), as the API's query parameters and the
 * CLI's options take them; blanks are no value, as an empty form field is no answer, and a repeated id counts once.
 *
 * @param productTypes keeps requirements of which some {@code appliesWhen} alternative names a trait that one of
 *                     the product types implies: the requirements that concern them
 */
public record CatalogQuery(List<String> frameworks, List<String> domains, List<String> productTypes) {

    public static final CatalogQuery ALL = new CatalogQuery(List.of(), List.of(), List.of());

    public CatalogQuery {
        frameworks = ids(frameworks);
        domains = ids(domains);
        productTypes = ids(productTypes);
    }

    /**
     * This query checked against the catalogue, each filter's ids in the catalogue's order: two queries that
     * select the same requirements are then equal, whatever order or notation the ids were given in.
     */
    public CatalogQuery checkedAgainst(Catalog catalog) {
        return new CatalogQuery(
                inCatalogueOrder("framework", frameworks, catalog.frameworksById()),
                inCatalogueOrder("domain", domains, catalog.domainsById()),
                inCatalogueOrder("productType", productTypes, catalog.productTypesById()));
    }

    /** The matching requirements in the catalogue's order; an unknown id is an {@link InvalidInputException}. */
    public List<Requirement> apply(Catalog catalog) {
        CatalogQuery checked = checkedAgainst(catalog);
        Set<String> traits = checked.productTypes.stream()
                .flatMap(id -> catalog.productTypesById().get(id).traits().stream())
                .collect(Collectors.toSet());
        return catalog.requirements().stream()
                .filter(r -> checked.frameworks.isEmpty() || checked.frameworks.contains(r.framework()))
                .filter(r -> checked.domains.isEmpty() || checked.domains.contains(r.domain()))
                .filter(r -> checked.productTypes.isEmpty()
                        || r.conditions().stream().anyMatch(c -> c.stream().anyMatch(traits::contains)))
                .toList();
    }

    public boolean isEmpty() {
        return frameworks.isEmpty() && domains.isEmpty() && productTypes.isEmpty();
    }

    private static List<String> ids(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return List.copyOf(given.stream().filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The allowed values are the catalogue's ids in its own order: the order its list resources give them in. */
    private static <T> List<String> inCatalogueOrder(String field, List<String> given, Map<String, T> known) {
        for (String id : given) {
            if (!known.containsKey(id)) {
                throw InvalidInputException.notAllowed(field, id, List.copyOf(known.keySet()));
            }
        }
        return known.keySet().stream().filter(given::contains).collect(Collectors.toUnmodifiableList());
    }
}
