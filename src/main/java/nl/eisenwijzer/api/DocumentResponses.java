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
