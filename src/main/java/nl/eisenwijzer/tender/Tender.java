package nl.eisenwijzer.tender;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved tender as it stands now.
 *
 * @param profile the tender file: the procurement profile with its tailoring, as YAML
 * @param version increases by one with every saved change; a save names the version it started from
 */
public record Tender(UUID id, String organisation, String title, TenderStatus status, String profile, String notes,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
