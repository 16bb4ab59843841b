package nl.eisenwijzer.catalog;

/** A chapter of the PvE (identity-access, cryptography, ...). */
public record Domain(String id, Text label) {
}
