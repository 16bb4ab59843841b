package nl.eisenwijzer.documents;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A small XHTML writer. openhtmltopdf reads its input with an XML parser, so every text and attribute value is
 * escaped here and every element is closed by {@link #close()} in the order it was opened: the result is
 * well-formed whatever a dossier or profile contains.
 */
final class Xhtml {

    /** Elements after which a line break is written, so the file reads and diffs line by line; never inline ones. */
    private static final Set<String> BLOCKS = Set.of("html", "head", "body", "title", "style", "section", "div", "p",
            "h1", "h2", "h3", "h4", "h5", "table", "bookmarks", "bookmark", "thead", "tbody", "tr", "ul", "li");

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value pairs. */
    Xhtml open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the element opened last. */
    Xhtml close() {
        String tag = open.pop();
        out.append("</").append(tag).append('>');
        if (BLOCKS.contains(tag)) {
            out.append('\n');
        }
        return this;
    }

    /**
     * Text content. Quotes stay as they are, so an embedded style sheet reads the same to an XML parser and
     * to a browser that takes the file as plain HTML.
     */
    Xhtml text(String value) {
        out.append(escape(value, false));
        return this;
    }

    /** An element holding only text. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** A void element such as {@code meta}, written as {@code <tag/>}; other elements need open and close for browsers. */
    Xhtml empty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append("/>\n");
        return this;
    }

    /** The document; every element must have been closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + String.join(", ", attributes));
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
        }
    }

    /**
     * Escapes the XML specials (the double quote only where it would end an attribute) and drops the characters XML 1.0 cannot carry at all (control characters,
     * lone surrogates): a stray form feed in a pasted justification must not make the whole document unreadable.
     */
    private static String escape(String value, boolean attribute) {
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
