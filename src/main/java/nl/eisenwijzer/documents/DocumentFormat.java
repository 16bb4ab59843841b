package nl.eisenwijzer.documents;

import nl.eisenwijzer.input.WireEnum;

/**
 * The formats Eisenwijzer writes, with the media type the API serves them as and the file extension.
 * Binary formats cannot go to a terminal: the CLI asks for {@code --out} for them.
 */
public enum DocumentFormat implements WireEnum {
    JSON("json", "application/json", "json", false),
    MD("md", "text/markdown", "md", false),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", true),
    HTML("html", "text/html", "html", false),
    PDF("pdf", "application/pdf", "pdf", true),
    CSV("csv", "text/csv", "csv", false),
    /** The media type the OSCAL specification asks for OSCAL JSON resources. */
    OSCAL("oscal", "application/oscal+json", "oscal.json", false);

    private final String wire;
    private final String mediaType;
    private final String extension;
    private final boolean binary;

    DocumentFormat(String wire, String mediaType, String extension, boolean binary) {
        this.wire = wire;
        this.mediaType = mediaType;
        this.extension = extension;
        this.binary = binary;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean binary() {
        return binary;
    }
}
