package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The landing resource: what this API is, its versions, and where its documentation and resources are. */
@JsonPropertyOrder({"name", "apiVersion", "catalogVersion", "links"})
record Landing(String name, String apiVersion, String catalogVersion, Links links) {

    /** Where the documentation and the resources are. */
    @JsonPropertyOrder({"self", "openapi", "pve", "gapReports", "nationalSecurityAssessments", "tenders", "catalog",
            "requirements", "productTypes", "frameworks", "domains", "evidenceTypes", "certificateTypes", "reportTypes",
            "documentTypes", "measures", "countries"})
    record Links(Link self, Link openapi, Link pve, Link gapReports, Link nationalSecurityAssessments, Link tenders,
            Link catalog, Link requirements, Link productTypes, Link frameworks, Link domains, Link evidenceTypes,
            Link certificateTypes, Link reportTypes, Link documentTypes, Link measures, Link countries) {
    }
}
