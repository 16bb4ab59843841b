package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;

/** Derived: the outcome of the purchase — the worst outcome in the chain — and the party that sets it. */
public record PurchaseOutcome(String entity, Outcome outcome, String rule, Text reason) {
}
