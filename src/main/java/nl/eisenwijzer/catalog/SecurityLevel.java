package nl.eisenwijzer.catalog;

/** IEC 62443 security levels: the target a purchase asks (profile) and the lowest level a requirement serves. */
public enum SecurityLevel {
    SL1, SL2, SL3, SL4;

    public boolean isAbove(SecurityLevel other) {
        return compareTo(other) > 0;
    }
}
