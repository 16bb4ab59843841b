package nl.eisenwijzer.tender;

import nl.eisenwijzer.input.WireEnum;

/** Where a tender stands: being drafted, ready for review, published to the market, or archived. */
public enum TenderStatus implements WireEnum {
    DRAFT("draft"),
    READY("ready"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String wire;

    TenderStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
