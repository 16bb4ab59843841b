package nl.eisenwijzer.documents;

import java.nio.charset.StandardCharsets;

/**
 * A written document: its format, a file name that says what it is (the API sends it in Content-Disposition,
 * the CLI suggests it), and its bytes (UTF-8 for the text formats).
 */
public record Document(DocumentFormat format, String fileName, byte[] content) {

    static Document text(DocumentFormat format, String baseName, String text) {
        return new Document(format, baseName + "." + format.extension(), text.getBytes(StandardCharsets.UTF_8));
    }

    static Document binary(DocumentFormat format, String baseName, byte[] content) {
        return new Document(format, baseName + "." + format.extension(), content);
    }
}
