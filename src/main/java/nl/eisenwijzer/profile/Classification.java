package nl.eisenwijzer.profile;

/** The BIV/CIA classification of the information the purchase touches; each part defaults to medium. */
public record Classification(Level confidentiality, Level integrity, Level availability) {

    public static final Classification DEFAULT = new Classification(Level.MEDIUM, Level.MEDIUM, Level.MEDIUM);

    public Classification withDefaults() {
        return new Classification(
                confidentiality == null ? Level.MEDIUM : confidentiality,
                integrity == null ? Level.MEDIUM : integrity,
                availability == null ? Level.MEDIUM : availability);
    }
}
