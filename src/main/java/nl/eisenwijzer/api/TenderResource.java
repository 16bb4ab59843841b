package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderStatus;

/** A saved tender as the API shows it: what the store holds, with the tender file as YAML text and its links. */
@JsonPropertyOrder({"id", "title", "status", "version", "organisation", "createdAt", "createdBy", "updatedAt",
        "updatedBy", "notes", "profile", "links"})
record TenderResource(
        UUID id,
        @Schema(description = "The title of the procurement profile in the tender file") String title,
        TenderStatus status,
        @Schema(description = "Raised by one with every saved change; the ETag is this number in quotes, and a change "
                + "names the version it was made on in If-Match") long version,
        @Schema(description = "The organisation whose tender it is: the signed-in user's") String organisation,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        String notes,
        @Schema(description = "The tender file: the procurement profile as YAML, with only the fields its authors "
                + "gave (GET tender-file serves it as application/yaml)") String profile,
        TenderLinks links) {

    static TenderResource of(Tender tender) {
        return new TenderResource(tender.id(), tender.title(), tender.status(), tender.version(), tender.organisation(),
                tender.createdAt(), tender.createdBy(), tender.updatedAt(), tender.updatedBy(), tender.notes(),
                tender.profile(), TenderLinks.of(tender.id()));
    }

    static String path(UUID id) {
        return OpenApiConfiguration.BASE + "/tenders/" + id;
    }

}
