package nl.eisenwijzer.pve.facts;

/** A tailoring that cannot be applied to this purchase's PvE: the request is refused, naming the field. */
public record TailoringProblem(String field, String message, String rule) {
}
