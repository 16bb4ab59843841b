package nl.eisenwijzer.natsec;

import nl.eisenwijzer.input.WireEnum;

/** Whether an answer is what the rules derived from data, or what a person confirmed with a justification. */
public enum Basis implements WireEnum {
    DERIVED("derived"),
    CONFIRMED("confirmed");

    private final String wire;

    Basis(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
