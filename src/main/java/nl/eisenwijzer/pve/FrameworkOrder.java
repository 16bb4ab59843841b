package nl.eisenwijzer.pve;

/**
 * A framework's place in {@code catalog/frameworks.yaml}. When two equivalent requirements share a PvE line,
 * the one from the earlier framework leads it; the catalogue's order is the organisation's choice.
 */
public record FrameworkOrder(String framework, int position) {
}
