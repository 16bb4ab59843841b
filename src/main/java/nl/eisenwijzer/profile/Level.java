package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** A classification level. */
public enum Level implements WireEnum {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String wire;

    Level(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
