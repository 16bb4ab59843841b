package nl.eisenwijzer.pve;

/** A requirement that some rule selected and no rule excluded: it goes into the PvE. */
public record Applicable(String requirementId) {
}
