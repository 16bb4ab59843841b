package nl.eisenwijzer.catalog;

import nl.eisenwijzer.input.WireEnum;

/**
 * The four places a Dutch tender gives a demand, decided per PvE line by the rules in
 * {@code rules/pve/kind/}:
 * <ul>
 * <li>{@code eis}: a knock-out on the offer, verified at award; a bid that does not meet it is excluded;</li>
 * <li>{@code wens}: an award criterion, scored with a weight;</li>
 * <li>{@code contractvoorwaarde}: what the winner must do during the contract, accepted by bidding and
 * verified after award (audit, assurance report, pentest);</li>
 * <li>{@code geschiktheidseis}: the bidder's suitability (certificates, references, insurance, statements),
 * only when the tender asks for it.</li>
 * </ul>
 */
public enum Kind implements WireEnum {
    EIS("eis", 3, Text.of("eis (knock-out)", "requirement (knock-out)")),
    CONTRACTVOORWAARDE("contractvoorwaarde", 2, Text.of("contractvoorwaarde", "contract condition")),
    WENS("wens", 1, Text.of("wens (gunningscriterium)", "wish (award criterion)")),
    GESCHIKTHEIDSEIS("geschiktheidseis", 3, Text.of("geschiktheidseis", "suitability requirement"));

    private final String wire;
    private final int strictness;
    private final Text label;

    Kind(String wire, int strictness, Text label) {
        this.wire = wire;
        this.strictness = strictness;
        this.label = label;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** How hard a bid fails on it: a knock-out (eis, geschiktheidseis) over a condition over a wish. */
    public int strictness() {
        return strictness;
    }

    public boolean stricterThan(Kind other) {
        return strictness > other.strictness;
    }

    /** Whether a bid that does not meet it is excluded at award. */
    public boolean knockOut() {
        return this == EIS || this == GESCHIKTHEIDSEIS;
    }

    public Text label() {
        return label;
    }
}
