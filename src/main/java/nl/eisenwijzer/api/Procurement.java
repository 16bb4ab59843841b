package nl.eisenwijzer.api;

import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;

/** The {@code procurement} field that several request bodies carry: required, and normalised with its path in errors. */
final class Procurement {

    private Procurement() {
    }

    static ProcurementProfile normalise(Eisenwijzer engine, ProcurementProfile given) {
        if (given == null) {
            throw new InvalidInputException("procurement", "field 'procurement' is required: the procurement profile");
        }
        try {
            return engine.profileReader().normalise(given);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("procurement." + e.field(), "procurement: " + e.getMessage(), e.allowedValues());
        }
    }
}
