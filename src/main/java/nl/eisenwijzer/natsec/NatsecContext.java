package nl.eisenwijzer.natsec;

import java.util.List;

/**
 * Fact: the buyer's statement for question 3B: which control measures it considers possible and
 * realisable. {@code given} false means the buyer has not said, which leaves 3B unknown rather than no.
 */
public record NatsecContext(boolean given, List<String> realisable) {

    public NatsecContext {
        realisable = List.copyOf(realisable);
    }
}
