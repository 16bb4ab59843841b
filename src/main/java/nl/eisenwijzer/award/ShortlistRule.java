package nl.eisenwijzer.award;

/** With more than {@code moreThan} admissible bids, only bidders who can still win are invited to {@code criterionId}. */
public record ShortlistRule(int moreThan, String criterionId) {
}
