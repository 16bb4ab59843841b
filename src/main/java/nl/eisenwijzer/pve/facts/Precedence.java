package nl.eisenwijzer.pve.facts;

/**
 * A requirement's place in the order of precedence: first by its framework's place in {@code frameworks.yaml}
 * (the organisation's choice), then by its id in natural order. When several requirements of one topic
 * apply, the one with the lowest rank leads the line.
 */
public record Precedence(String requirementId, int rank) {
}
