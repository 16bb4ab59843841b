package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** Who buys; rijk and politie bring ABRO into play when national security is at stake. */
public enum OrganisationType implements WireEnum {
    GEMEENTE("gemeente"),
    PROVINCIE("provincie"),
    WATERSCHAP("waterschap"),
    RIJK("rijk"),
    POLITIE("politie"),
    ZBO("zbo"),
    VITALE_AANBIEDER("vitale-aanbieder"),
    OVERIG("overig");

    private final String wire;

    OrganisationType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
