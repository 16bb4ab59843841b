package nl.eisenwijzer.catalog;

/**
 * A national-security risk that the rules in {@code rules/natsec/} can find in a supplier chain (from the
 * access a party gets or from who controls it), and that control measures address.
 */
public record NatsecRisk(String id, Text label, Text description) {
}
