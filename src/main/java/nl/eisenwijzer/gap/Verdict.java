package nl.eisenwijzer.gap;

/** The outcome for one bidder, best first. */
public enum Verdict {
    /** every requirement and suitability item met or waived, no warnings */
    COMPLIANT,
    /** only wishes (SHOULD) open or expiry warnings */
    CONDITIONAL,
    /** a knock-out requirement or suitability item is not met or waived */
    EXCLUDED
}
