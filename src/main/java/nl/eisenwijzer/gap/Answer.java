package nl.eisenwijzer.gap;

import nl.eisenwijzer.input.WireEnum;

/** The bidder's answer to a PvE requirement. */
public enum Answer implements WireEnum {
    YES("yes"), PARTIAL("partial"), NO("no"), NOT_APPLICABLE("not-applicable");

    private final String wire;

    Answer(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
