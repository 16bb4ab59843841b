package nl.eisenwijzer.api;

import java.util.List;
import nl.eisenwijzer.documents.DocumentFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One of the engine's resources (the PvE, the gap report, the national-security assessment): its path, the
 * operation that answers it as JSON, and the documents it also serves, one path per format
 * ({@code POST /pve/docx}). The controllers serve the documents; {@link DocumentOperations} writes them into the
 * OpenAPI document as one operation per format, so that a generated client gets text for text and bytes for
 * binary.
 *
 * @param path        the path under {@code /api/v1}
 * @param operationId the JSON operation's id; each document's id adds the format ({@code createPveDocx})
 * @param name        what the resource makes, for the summaries ("the Programma van Eisen")
 * @param documents   the documents it serves besides JSON, in the order the document lists them
 */
record EngineResource(String path, String operationId, String name, List<DocumentRoute> documents) {

    static final EngineResource PVE = new EngineResource("/pve", "createPve", "the Programma van Eisen",
            List.of(DocumentRoute.MARKDOWN, DocumentRoute.DOCX, DocumentRoute.XLSX, DocumentRoute.PDF, DocumentRoute.HTML,
                    DocumentRoute.CSV, DocumentRoute.OSCAL));
    static final EngineResource GAP_REPORT = new EngineResource("/gap-reports", "createGapReport", "the gap report",
            List.of(DocumentRoute.MARKDOWN, DocumentRoute.DOCX, DocumentRoute.PDF, DocumentRoute.HTML, DocumentRoute.CSV,
                    DocumentRoute.OSCAL));
    static final EngineResource NATIONAL_SECURITY = new EngineResource("/national-security-assessments",
            "createNationalSecurityAssessment", "the national-security report",
            List.of(DocumentRoute.MARKDOWN, DocumentRoute.PDF, DocumentRoute.HTML));

    static final List<EngineResource> ALL = List.of(PVE, GAP_REPORT, NATIONAL_SECURITY);

    /** The format a document path names; any other path segment is a resource that does not exist. */
    DocumentFormat format(String segment) {
        return documents.stream().filter(route -> route.segment().equals(segment)).findFirst()
                .map(DocumentRoute::format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document '" + segment
                        + "' of " + name + "; the documents are: " + String.join(", ",
                                documents.stream().map(route -> path + "/" + route.segment()).toList())));
    }

    /** The formats the deprecated {@code Accept} route on the resource's own path negotiates between. */
    List<DocumentFormat> formats() {
        return documents.stream().map(DocumentRoute::format).toList();
    }
}
