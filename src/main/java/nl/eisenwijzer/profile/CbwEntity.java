package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/**
 * Whether the buyer is an essential or important entity under the Cyberbeveiligingswet (the Dutch NIS2 law).
 * Left out of a profile, the rules derive it from the organisation type where the law makes that clear.
 */
public enum CbwEntity implements WireEnum {
    ESSENTIAL("essential"),
    IMPORTANT("important"),
    NONE("none");

    private final String wire;

    CbwEntity(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
