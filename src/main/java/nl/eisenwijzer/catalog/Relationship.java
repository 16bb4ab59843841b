package nl.eisenwijzer.catalog;

import nl.eisenwijzer.input.WireEnum;

/**
 * How a requirement relates to the one it maps to, read from the mapping requirement's side, as in the
 * OSCAL mapping model: {@code subset} means meeting the target also meets this requirement.
 */
public enum Relationship implements WireEnum {
    /** Both ask the same; either answer serves both. */
    EQUIVALENT("equivalent"),
    /** This requirement asks part of what the target asks: meeting the target meets this one. */
    SUBSET("subset"),
    /** This requirement asks everything the target asks and more: meeting this one meets the target. */
    SUPERSET("superset"),
    /** They overlap; each still needs its own answer. */
    INTERSECTS("intersects");

    private final String wire;

    Relationship(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Whether one PvE line can answer both sides. */
    public boolean nests() {
        return this != INTERSECTS;
    }
}
