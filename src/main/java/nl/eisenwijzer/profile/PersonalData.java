package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** Which personal data the purchase processes; special covers special-category and criminal-offence data (AVG art. 9 and 10). */
public enum PersonalData implements WireEnum {
    NONE("none"),
    REGULAR("regular"),
    SPECIAL("special");

    private final String wire;

    PersonalData(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
