package nl.eisenwijzer.gap;

/** A piece of evidence in a dossier that a statement can cite by its type. */
public interface DossierEvidence {

    /** The evidence type, an id from {@code catalog/evidence-types.yaml}. */
    String type();

    /** Type and the dates that matter, the same in every language: {@code ISO27001 (2023-03-01 – 2026-02-28)}. */
    String describe();
}
