package nl.eisenwijzer.gap;

import java.time.LocalDate;

/** A piece of evidence in a dossier that a statement can cite by its type. */
public interface DossierEvidence {

    /** The evidence type, an id from {@code catalog/evidence-types.yaml}. */
    String type();

    /** Type and the dates that matter, the same in every language: {@code ISO27001 (2023-03-01 – 2026-02-28)}. */
    String describe();

    /**
     * The date the evidence speaks for: when a certificate or document was issued, when a report's period
     * ended (its issue date when it covers no period), when a referenced assignment was completed;
     * {@code null} when it carries no date.
     */
    LocalDate date();

    /** The last day of validity stated on the evidence itself; {@code null} when it states none. */
    default LocalDate validUntil() {
        return null;
    }
}
