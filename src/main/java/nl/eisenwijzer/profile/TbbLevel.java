package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/**
 * The ABRO 2026 level (Te Beschermen Belang) a Rijk or politie contract is placed at: TBB1 (Stg. Zeer
 * Geheim) is the highest, TBB4 (Departementaal Vertrouwelijk) the lowest. ABRO tags each requirement with
 * the levels at which it is asked.
 */
public enum TbbLevel implements WireEnum {
    NONE("none"),
    TBB1("TBB1"),
    TBB2("TBB2"),
    TBB3("TBB3"),
    TBB4("TBB4");

    private final String wire;

    TbbLevel(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
