package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.eisenwijzer.api.Link;
import nl.eisenwijzer.catalog.CatalogQuery;
import nl.eisenwijzer.catalog.Requirement;

/**
 * One page of the catalogue's requirements ({@code GET /api/v1/catalog/requirements}), each as stored in both
 * languages, with the totals of the whole selection and the links to page through it.
 */
@JsonPropertyOrder({"catalogVersion", "page", "pageSize", "totalItems", "totalPages", "links", "requirements"})
@Schema(requiredProperties = {"catalogVersion", "page", "pageSize", "totalItems", "totalPages", "links", "requirements"})
record RequirementPage(String catalogVersion, int page, int pageSize, int totalItems, int totalPages, PageLinks links,
        List<Requirement> requirements) {

    static final String PATH = CatalogController.PATH + "/requirements";

    /**
     * @param query the checked query, its ids in the catalogue's order
     * @param matching every requirement the query selects
     */
    static RequirementPage of(String catalogVersion, CatalogQuery query, Paging paging, List<Requirement> matching) {
        PageLinks links = new PageLinks(link(query, paging.page(), paging.pageSize()),
                link(query, 1, paging.pageSize()),
                paging.hasPrevious() ? link(query, paging.page() - 1, paging.pageSize()) : null,
                paging.hasNext() ? link(query, paging.page() + 1, paging.pageSize()) : null,
                link(query, paging.totalPages(), paging.pageSize()));
        return new RequirementPage(catalogVersion, paging.page(), paging.pageSize(), paging.totalItems(),
                paging.totalPages(), links, paging.slice(matching));
    }

    /**
     * The canonical address of a page: the filters' ids in the catalogue's order and comma-separated, then page and
     * pageSize. Equivalent requests (repeated or comma-separated, in any order) get the same links, and with
     * them the same body and ETag.
     */
    static Link link(CatalogQuery query, int page, int pageSize) {
        StringBuilder href = new StringBuilder(PATH).append('?');
        filter(href, "framework", query.frameworks());
        filter(href, "domain", query.domains());
        filter(href, "productType", query.productTypes());
        return new Link(href.append("page=").append(page).append("&pageSize=").append(pageSize).toString());
    }

    private static void filter(StringBuilder href, String name, List<String> ids) {
        if (!ids.isEmpty()) {
            href.append(name).append('=').append(String.join(",", ids.stream()
                    .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8)).toList())).append('&');
        }
    }
}
