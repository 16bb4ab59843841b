package nl.eisenwijzer.catalog;

/** Where a requirement comes from: the document, the article or clause, and an official URL. */
public record Source(String document, String reference, String url) {
}
