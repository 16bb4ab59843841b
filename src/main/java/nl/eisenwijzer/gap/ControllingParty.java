package nl.eisenwijzer.gap;

/**
 * One link in a party's chain of control, from its direct parent upwards. {@code stateOwned} left out
 * means not known, which the national-security test reports as missing information.
 */
public record ControllingParty(String name, String country, Boolean stateOwned) {
}
