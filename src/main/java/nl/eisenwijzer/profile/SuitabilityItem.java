package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** A suitability requirement (geschiktheidseis) a tender can ask of the bidder. */
public enum SuitabilityItem implements WireEnum {
    CERTIFICATE("certificate"),
    INSURANCE("insurance"),
    REFERENCES("references"),
    EXCLUSION_GROUNDS("exclusion-grounds");

    private final String wire;

    SuitabilityItem(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
