package nl.eisenwijzer.award;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The committee's consensus judgment of one bid on one quality criterion.
 *
 * @param bidder the bidder's name as in its dossier
 * @param criterion a quality criterion's id from the profile's award section
 * @param rating a step of the award's scale (five-step: excellent, good, sufficient, moderate, poor)
 * @param motivation why, in the committee's words: the award letter quotes it
 */
@JsonPropertyOrder({"bidder", "criterion", "rating", "motivation"})
public record Judgment(String bidder, String criterion, String rating, String motivation) {
}
