package nl.eisenwijzer.gap;

/**
 * A suitability requirement the rules check against the dossier's documents and figures (age of a GVA,
 * insurance cover, references, a valid certificate) rather than against a statement.
 */
public record DossierCheck(String requirementId, String check, String rule) {
}
