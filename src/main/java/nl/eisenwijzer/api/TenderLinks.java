package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.UUID;

/** Where a saved tender's parts are: itself, its tender file, its history and its PvE. */
@JsonPropertyOrder({"self", "tenderFile", "history", "pve"})
record TenderLinks(Link self, Link tenderFile, Link history, Link pve) {

    static TenderLinks of(UUID id) {
        String path = TenderResource.path(id);
        return new TenderLinks(new Link(path), new Link(path + "/tender-file"), new Link(path + "/history"),
                new Link(path + "/pve"));
    }
}
