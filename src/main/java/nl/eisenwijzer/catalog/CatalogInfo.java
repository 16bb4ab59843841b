package nl.eisenwijzer.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code catalog/catalog.yaml}: which catalogue this is. The version goes into every document we write.
 *
 * @param changelog the catalogue's versions, newest first; the first one is this version
 */
public record CatalogInfo(String id, String version, LocalDate released, List<Release> changelog) {

    public CatalogInfo {
        changelog = changelog == null ? List.of() : List.copyOf(changelog);
    }

    /** One version in the changelog, with what changed in it in both languages. */
    public record Release(String version, LocalDate released, List<Text> changes) {

        public Release {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }
}
