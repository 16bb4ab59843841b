package nl.eisenwijzer.api;

import nl.eisenwijzer.documents.DocumentFormat;

/**
 * A document as the API serves it: the path segment that asks for it, the format it is written in, and how the
 * OpenAPI document types the response so that a generated client returns the right thing: text as a string,
 * binary as bytes, OSCAL as a JSON object.
 */
enum DocumentRoute {
    MARKDOWN("markdown", DocumentFormat.MD, "Markdown", "as Markdown text", Shape.TEXT),
    DOCX("docx", DocumentFormat.DOCX, "Docx", "as a Word document", Shape.BINARY),
    XLSX("xlsx", DocumentFormat.XLSX, "Xlsx", "as an Excel answer sheet", Shape.BINARY),
    PDF("pdf", DocumentFormat.PDF, "Pdf", "as a PDF document", Shape.BINARY),
    HTML("html", DocumentFormat.HTML, "Html", "as an HTML page", Shape.TEXT),
    CSV("csv", DocumentFormat.CSV, "Csv", "as a CSV table", Shape.TEXT),
    OSCAL("oscal", DocumentFormat.OSCAL, "Oscal", "as OSCAL JSON", Shape.JSON);

    /** How a response body is typed in the OpenAPI document. */
    enum Shape { TEXT, BINARY, JSON }

    private final String segment;
    private final DocumentFormat format;
    private final String operationSuffix;
    private final String description;
    private final Shape shape;

    DocumentRoute(String segment, DocumentFormat format, String operationSuffix, String description, Shape shape) {
        this.segment = segment;
        this.format = format;
        this.operationSuffix = operationSuffix;
        this.description = description;
        this.shape = shape;
    }

    String segment() {
        return segment;
    }

    DocumentFormat format() {
        return format;
    }

    String operationSuffix() {
        return operationSuffix;
    }

    String description() {
        return description;
    }

    Shape shape() {
        return shape;
    }
}
