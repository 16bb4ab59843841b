package nl.eisenwijzer.catalog;

import nl.eisenwijzer.input.WireEnum;

/**
 * What a requirement is about, which decides when it can be verified: a property of the {@code offer}
 * (checked at award), what the supplier does during {@code execution} of the contract (verified after award),
 * or the {@code bidder} itself (its suitability). A framework sets a default; a requirement may differ.
 */
public enum Subject implements WireEnum {
    OFFER("offer"),
    EXECUTION("execution"),
    BIDDER("bidder");

    private final String wire;

    Subject(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
