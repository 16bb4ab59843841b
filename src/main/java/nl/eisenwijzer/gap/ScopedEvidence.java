package nl.eisenwijzer.gap;

import java.util.Collection;
import java.util.List;

/** Evidence whose scope is stated as the product types it covers (certificates and assurance reports). */
public interface ScopedEvidence extends DossierEvidence {

    List<String> coversServices();

    /** The party that holds the evidence when it is not the bidder itself; {@code null} for the bidder's own. */
    default String holder() {
        return null;
    }

    /** The purchased product types this evidence's scope leaves out, in the given order. */
    default List<String> uncovered(Collection<String> purchased) {
        return purchased.stream().filter(type -> !coversServices().contains(type)).toList();
    }
}
