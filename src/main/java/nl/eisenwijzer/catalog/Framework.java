package nl.eisenwijzer.catalog;

/** A framework the catalogue draws requirements from (NIS2, BIO2, IEC 62443-3-3, ...). */
public record Framework(String id, Text name, String version, String publisher, String url, String licence) {
}
