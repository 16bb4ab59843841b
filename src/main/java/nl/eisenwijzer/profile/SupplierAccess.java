package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** The access the supplier gets to the buyer's systems or locations. */
public enum SupplierAccess implements WireEnum {
    NONE("none"),
    REMOTE_ADMINISTRATION("remote-administration"),
    PRIVILEGED_ACCESS("privileged-access"),
    ON_SITE("on-site"),
    SENSITIVE_LOCATION("sensitive-location");

    private final String wire;

    SupplierAccess(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
