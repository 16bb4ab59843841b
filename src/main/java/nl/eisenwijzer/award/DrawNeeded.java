package nl.eisenwijzer.award;

import java.util.List;
import nl.eisenwijzer.catalog.Text;

/** Bids first together after every tie-breaker: the tender decides between them by lot, never Eisenwijzer. */
public record DrawNeeded(List<String> bidders, String rule, Text explanation) {
}
