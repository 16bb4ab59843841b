package nl.eisenwijzer.tender;

import java.util.UUID;

/** No tender with this id for the user's organisation (another organisation's tender is not found either). */
public final class TenderNotFoundException extends RuntimeException {

    public TenderNotFoundException(UUID id) {
        super("no tender " + id);
    }
}
