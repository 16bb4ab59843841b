package nl.eisenwijzer.catalog;

import nl.eisenwijzer.input.WireEnum;

/** The languages of every text Eisenwijzer writes: Dutch first, English beside it. */
public enum Language implements WireEnum {
    NL("nl"), EN("en");

    private final String wire;

    Language(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
