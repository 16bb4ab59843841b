package nl.eisenwijzer.api;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import nl.eisenwijzer.documents.Document;
import nl.eisenwijzer.documents.DocumentFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The documents the API and the pages serve through the {@code Accept} header (Word, Excel, HTML, PDF, CSV, OSCAL): which
 * format the client asked for, and the response with its media type and a Content-Disposition file name.
 */
public final class DocumentResponses {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HTML = "text/html";
    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";
    static final String OSCAL = "application/oscal+json";

    private DocumentResponses() {
    }

    /**
     * The offered format the {@code Accept} header prefers (highest quality first, then the order given).
     * Spring routed the request here because one of them matched, so one always does.
     */
    static DocumentFormat negotiate(String accept, List<DocumentFormat> offered) {
        List<MediaType> wanted = MediaType.parseMediaTypes(accept).stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType type : wanted) {
            for (DocumentFormat format : offered) {
                if (type.isCompatibleWith(MediaType.parseMediaType(format.mediaType()))) {
                    return format;
                }
            }
        }
        return offered.get(0);
    }

    /**
     * A document by {@code Accept} on the resource's own path, as API 1.0 to 1.4 served it: still served, marked
     * deprecated (RFC 9745) with a link to the document's own path, which generated clients can type.
     */
    static ResponseEntity<byte[]> negotiated(EngineResource resource, String accept,
            java.util.function.Function<DocumentFormat, Document> write) {
        DocumentFormat format = negotiate(accept, resource.formats());
        String successor = resource.documents().stream().filter(route -> route.format() == format).findFirst()
                .map(route -> OpenApiConfiguration.BASE + resource.path() + "/" + route.segment()).orElseThrow();
        ResponseEntity<byte[]> response = of(write.apply(format));
        return ResponseEntity.ok().headers(response.getHeaders())
                .header("Deprecation", "@" + DEPRECATED_SINCE.toEpochSecond())
                .header(HttpHeaders.LINK, "<" + successor + ">; rel=\"alternate\"; type=\"" + format.mediaType() + "\"")
                .body(response.getBody());
    }

    /** When API 1.5.0 replaced the {@code Accept} route by one path per document. */
    private static final java.time.OffsetDateTime DEPRECATED_SINCE =
            java.time.OffsetDateTime.of(2026, 12, 2, 0, 0, 0, 0, java.time.ZoneOffset.UTC);

    public static ResponseEntity<byte[]> of(Document document) {
        MediaType type = MediaType.parseMediaType(document.format().mediaType());
        if (!document.format().binary()) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(document.content());
    }
}
