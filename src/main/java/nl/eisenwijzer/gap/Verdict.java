package nl.eisenwijzer.gap;

/**
 * Whether a bid may be considered for award, and nothing more: a knock-out decides, wishes and contract conditions do
 * not. What is still open beside an admissible verdict (contract conditions to be shown after award, wishes scored,
 * evidence that expires during the contract) stands beside it in the report, not in it.
 */
public enum Verdict {
    /** every eis and every suitability item is met, no contract condition is refused and the price is valid */
    ADMISSIBLE,
    /** an eis or suitability item is not met, a contract condition is refused, or the price is above the ceiling */
    EXCLUDED
}
