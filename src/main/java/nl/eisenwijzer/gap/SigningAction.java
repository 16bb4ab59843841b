package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** What the buyer asks of the bidder before the contract is signed: evidence promised for an item met at award. */
public record SigningAction(String requirementId, String rule, Text explanation) {
}
