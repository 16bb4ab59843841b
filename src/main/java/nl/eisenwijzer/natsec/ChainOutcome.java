package nl.eisenwijzer.natsec;

import java.util.List;
import nl.eisenwijzer.catalog.Text;

/**
 * Derived: the outcome for one assessed party. {@code severity} and {@code order} are carried so the rule
 * that picks the worst can compare facts field by field.
 *
 * @param missing the questions whose answer is unknown and needed (for INSUFFICIENT_INFORMATION)
 */
public record ChainOutcome(String entity, int order, Outcome outcome, int severity, List<Question> missing, String rule,
        Text reason) {

    public ChainOutcome {
        missing = List.copyOf(missing);
    }
}
