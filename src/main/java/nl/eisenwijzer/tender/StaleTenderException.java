package nl.eisenwijzer.tender;

/**
 * A save that started from an older version than the one stored: someone else saved in between. Nothing
 * is written; {@link #current()} is what is stored now, so the user can compare and save again.
 */
public final class StaleTenderException extends RuntimeException {

    private final transient Tender current;
    private final long expectedVersion;

    public StaleTenderException(Tender current, long expectedVersion) {
        super("tender " + current.id() + " was changed by " + current.updatedBy() + " (version " + current.version()
                + "); this save started from version " + expectedVersion);
        this.current = current;
        this.expectedVersion = expectedVersion;
    }

    public Tender current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
