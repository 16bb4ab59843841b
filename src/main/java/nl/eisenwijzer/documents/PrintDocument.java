package nl.eisenwijzer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.report.Labels;

/**
 * The frame every printed report shares: head with the embedded style sheet and the PDF metadata, the running
 * header and footer (document, fingerprint, catalogue version, page numbers) and the title block. The reports
 * write their content into {@link #body()}.
 */
final class PrintDocument {

    /** The reference date as the document's date: {@link Pdf} takes the PDF's creation date from it. */
    static final String CREATED_META = "dcterms.created";

    private static final String STYLE = styleSheet();

    /** A line of the title block. */
    record Fact(String label, String value) {
    }

    /**
     * An entry of the PDF's outline (the bookmarks a reader's side panel shows): a title and the id of the element it
     * leads to, with entries under it.
     */
    record Bookmark(String title, String anchor, List<Bookmark> children) {
    }

    private final Xhtml x = new Xhtml();
    private final Language language;

    /**
     * @param kind what the document is ("Gap-rapport"), shown above the title and in the running header
     * @param facts the title block's lines between the reference date and the catalogue version
     */
    PrintDocument(Language language, Text kind, String title, LocalDate referenceDate, String catalogVersion,
            String fingerprint, List<Fact> facts) {
        this(language, kind, title, referenceDate, catalogVersion, fingerprint, facts, List.of());
    }

    /** @param bookmarks the PDF's outline; each anchor must be the id of an element the report writes */
    PrintDocument(Language language, Text kind, String title, LocalDate referenceDate, String catalogVersion,
            String fingerprint, List<Fact> facts, List<Bookmark> bookmarks) {
        this.language = language;
        String kindText = kind.in(language);
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language.wire(), "xml:lang", language.wire());
        x.open("head");
        x.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        x.element("title", kindText + ": " + title);
        x.empty("meta", "name", "subject", "content", kindText);
        x.empty("meta", "name", "keywords", "content", fingerprint);
        x.empty("meta", "name", CREATED_META, "content", referenceDate.toString());
        x.empty("meta", "name", "generator", "content", "Eisenwijzer, " + Labels.CATALOGUE.in(language) + " " + catalogVersion);
        x.element("style", STYLE);
        if (!bookmarks.isEmpty()) {
            // openhtmltopdf's outline element; a browser shows nothing of it, as it holds no text.
            x.open("bookmarks");
            bookmarks.forEach(this::bookmark);
            x.close();
        }
        x.close();
        x.open("body");
        x.element("div", kindText + " \u00b7 " + title, "class", "running-header");
        x.open("div", "class", "running-footer")
                .text(Labels.FINGERPRINT.in(language) + " " + fingerprint + " \u00b7 " + Labels.CATALOGUE.in(language) + " "
                        + catalogVersion + " \u00b7 " + Text.of("Pagina ", "Page ").in(language))
                .open("span", "class", "page-number").close()
                .text(Text.of(" van ", " of ").in(language))
                .open("span", "class", "page-count").close()
                .close();

        x.open("div", "class", "title-block");
        x.element("p", kindText, "class", "kind");
        x.element("h1", title);
        x.open("table", "class", "facts").open("tbody");
        titleFacts(language, referenceDate, facts, catalogVersion, fingerprint).forEach(fact ->
                x.open("tr").element("td", fact.label(), "class", "label").element("td", fact.value()).close());
        x.close().close();
        x.close();
    }

    /**
     * The lines of a title block: the reference date, then the document's own facts, then what pins the document
     * (catalogue version and fingerprint). The Word documents list the same lines on their title page.
     */
    static List<Fact> titleFacts(Language language, LocalDate referenceDate, List<Fact> facts, String catalogVersion,
            String fingerprint) {
        List<Fact> all = new ArrayList<>();
        all.add(new Fact(Labels.REFERENCE_DATE.in(language), referenceDate.toString()));
        all.addAll(facts);
        all.add(new Fact(Labels.CATALOGUE.in(language), catalogVersion));
        all.add(new Fact(Labels.FINGERPRINT.in(language), fingerprint));
        return all;
    }

    private void bookmark(Bookmark bookmark) {
        x.open("bookmark", "name", bookmark.title(), "href", "#" + bookmark.anchor());
        bookmark.children().forEach(this::bookmark);
        x.close();
    }

    Xhtml body() {
        return x;
    }

    Language language() {
        return language;
    }

    /** The finished XHTML. */
    String finish() {
        return x.close().close().finish();
    }

    private static String styleSheet() {
        try (InputStream in = PrintDocument.class.getResourceAsStream("print.css")) {
            if (in == null) {
                throw new IllegalStateException("print.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
