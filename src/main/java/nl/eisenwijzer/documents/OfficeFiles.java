package nl.eisenwijzer.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/** What the Word annex and the Excel answer sheet do alike as Office files: their properties and their bytes. */
final class OfficeFiles {

    private static final String CREATOR = "Eisenwijzer";

    private OfficeFiles() {
    }

    /**
     * Sets title, subject and creator; created and modified are the PvE's reference date, never the clock,
     * so the same PvE gives the same document.
     */
    static void properties(POIXMLDocument document, String title, String subject, LocalDate date) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        Optional<Date> at = Optional.of(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setCreated(at);
        core.setModified(at);
    }

    /** Writes and closes the document. */
    static byte[] bytes(POIXMLDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
