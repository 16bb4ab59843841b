package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The landing resource: what this API is, its versions, and where its documentation and resources are. */
@JsonPropertyOrder({"name", "apiVersion", "catalogVersion", "links"})
record Landing(String name, String apiVersion, String catalogVersion, Links links) {

    /** Where the documentation and the resources are. */
    @JsonPropertyOrder({"self", "openapi", "pve", "gapReports", "nationalSecurityAssessments", "catalog", "requirements",
            "productTypes", "frameworks", "tenders"})
    record Links(Link self, Link openapi, Link pve, Link gapReports, Link nationalSecurityAssessments, Link catalog,
            Link requirements, Link productTypes, Link frameworks, Link tenders) {
    }
}
