package nl.eisenwijzer.gap;

import nl.eisenwijzer.input.WireEnum;

/**
 * The access a party in the supplier chain gets, as the dossier declares it. The national-security rules
 * read these to find risks and to answer question 3A; {@code none} means the party is listed for
 * completeness and not assessed.
 */
public enum ChainAccess implements WireEnum {
    NONE("none"),
    DELIVERY("delivery"),
    ON_SITE("on-site"),
    SENSITIVE_LOCATION("sensitive-location"),
    DATA_ACCESS("data-access"),
    SOFTWARE_UPDATES("software-updates"),
    PRIVILEGED_ACCESS("privileged-access"),
    REMOTE_ADMINISTRATION("remote-administration");

    private final String wire;

    ChainAccess(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
