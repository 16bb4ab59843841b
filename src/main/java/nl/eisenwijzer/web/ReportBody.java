package nl.eisenwijzer.web;

import java.nio.charset.StandardCharsets;
import nl.eisenwijzer.documents.Document;

/**
 * The body of a report the documents module writes as print XHTML (gap report, national-security report),
 * to show on a page: the same rendering as the PDF, so screen and paper never differ. Every text in it was
 * escaped by the writer, so it can be placed in the page as markup.
 */
final class ReportBody {

    private ReportBody() {
    }

    static String of(Document html) {
        String document = new String(html.content(), StandardCharsets.UTF_8);
        int start = document.indexOf('>', document.indexOf("<body")) + 1;
        int end = document.lastIndexOf("</body>");
        return document.substring(start, end);
    }
}
