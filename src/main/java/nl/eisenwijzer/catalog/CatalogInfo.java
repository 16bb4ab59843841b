package nl.eisenwijzer.catalog;

import java.time.LocalDate;

/** {@code catalog/catalog.yaml}: which catalogue this is. The version goes into every document we write. */
public record CatalogInfo(String id, String version, LocalDate released) {
}
