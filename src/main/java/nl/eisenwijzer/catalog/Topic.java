package nl.eisenwijzer.catalog;

/**
 * A subject that several frameworks ask about (encryption, incident notification, …). Requirements of one
 * topic that apply to a purchase are answered on one PvE line, led by the requirement of the earliest
 * framework in {@code frameworks.yaml}; the others are listed under {@code satisfies}.
 */
public record Topic(String id, Text label) {
}
