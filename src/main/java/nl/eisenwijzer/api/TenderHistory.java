package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;
import nl.eisenwijzer.tender.TenderChange;

/** Every saved version of a tender, the newest first: who, when, what changed, why, and the tender file as it was. */
@JsonPropertyOrder({"id", "changes", "links"})
record TenderHistory(UUID id, List<TenderChange> changes, Links links) {

    /** The tender this history is of. */
    record Links(Link tender) {
    }


    static TenderHistory of(UUID id, List<TenderChange> changes) {
        return new TenderHistory(id, changes, new Links(new Link(TenderResource.path(id))));
    }
}
