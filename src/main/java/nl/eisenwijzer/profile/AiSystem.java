package nl.eisenwijzer.profile;

import nl.eisenwijzer.input.WireEnum;

/** Whether the purchase is or contains an AI system, and whether it is high-risk under the AI Act. */
public enum AiSystem implements WireEnum {
    NONE("none"),
    GENERAL("general"),
    HIGH_RISK("high-risk");

    private final String wire;

    AiSystem(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
