package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A subcontractor or component supplier in the bidder's chain: who it is, where it is from, what it does,
 * the access it gets, and who controls it.
 */
@JsonPropertyOrder({"name", "country", "role", "access", "stateOwned", "ownership"})
public record ChainParty(String name, String country, String role, List<ChainAccess> access, Boolean stateOwned,
        List<ControllingParty> ownership) {

    public ChainParty {
        access = access == null ? List.of() : List.copyOf(access);
        ownership = ownership == null ? List.of() : List.copyOf(ownership);
    }
}
