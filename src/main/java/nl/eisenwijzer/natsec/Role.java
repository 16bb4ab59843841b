package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.WireEnum;

/** Where a party sits in the bidder's chain. */
public enum Role implements WireEnum {
    SUPPLIER("supplier", Text.of("inschrijver", "bidder")),
    SUBCONTRACTOR("subcontractor", Text.of("onderaannemer", "subcontractor")),
    COMPONENT("component", Text.of("componentleverancier", "component supplier"));

    private final String wire;
    private final Text label;

    Role(String wire, Text label) {
        this.wire = wire;
        this.label = label;
    }

    @Override
    public String wire() {
        return wire;
    }

    public Text label() {
        return label;
    }
}
