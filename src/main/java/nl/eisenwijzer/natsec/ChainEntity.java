package nl.eisenwijzer.natsec;

import java.util.List;
import nl.eisenwijzer.gap.ChainAccess;

/**
 * Fact: a party in the bidder's chain — the bidder itself, a subcontractor or a component supplier — that
 * the test may assess as its own chain. {@code order} is its place in the dossier (the bidder first), used
 * to pick one party when several share the worst outcome.
 *
 * @param access what the dossier declares (empty for the bidder, whose access the profile describes)
 */
public record ChainEntity(String name, Role role, int order, String country, String description, List<ChainAccess> access) {

    public ChainEntity {
        access = List.copyOf(access);
    }
}
