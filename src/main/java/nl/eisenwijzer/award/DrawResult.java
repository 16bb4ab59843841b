package nl.eisenwijzer.award;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The draw by lot among bids equal on every tie-breaker, as held. Eisenwijzer never draws; it records who won, when
 * and before whom.
 *
 * @param winner the bidder the lot chose
 * @param held the day of the draw
 * @param witness who held or witnessed it (e.g. a notary)
 */
@JsonPropertyOrder({"winner", "held", "witness"})
public record DrawResult(String winner, LocalDate held, String witness) {
}
