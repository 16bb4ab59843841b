package nl.eisenwijzer.natsec;

/**
 * The outcome of the test for one party, and for the purchase the worst of its parties. Severity orders
 * them: a possible exclusion outweighs missing information, which outweighs a risk that measures control,
 * because missing information may hide a possible exclusion.
 */
public enum Outcome {
    NO_INDICATION(0),
    MITIGATE(1),
    INSUFFICIENT_INFORMATION(2),
    EXCLUSION_POSSIBLE(3);

    private final int severity;

    Outcome(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }
}
