package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderStatus;

/** The signed-in user's organisation's tenders, the most recently changed first; each without its tender file. */
record TenderList(List<Item> tenders) {

    static TenderList of(List<Tender> tenders) {
        return new TenderList(tenders.stream().map(Item::of).toList());
    }

    /** One tender in the list, with the link to the whole of it. */
    @JsonPropertyOrder({"id", "title", "status", "version", "updatedAt", "updatedBy", "links"})
    record Item(UUID id, String title, TenderStatus status, long version, Instant updatedAt, String updatedBy,
            TenderLinks links) {

        static Item of(Tender tender) {
            return new Item(tender.id(), tender.title(), tender.status(), tender.version(), tender.updatedAt(),
                    tender.updatedBy(), TenderLinks.of(tender.id()));
        }
    }
}
