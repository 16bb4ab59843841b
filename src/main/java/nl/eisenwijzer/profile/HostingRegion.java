package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** Where the supplier keeps the buyer's data. */
public enum HostingRegion implements WireEnum {
    NL("nl"),
    EU("eu"),
    OUTSIDE_EU("outside-eu"),
    NOT_APPLICABLE("not-applicable");

    private final String wire;

    HostingRegion(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
