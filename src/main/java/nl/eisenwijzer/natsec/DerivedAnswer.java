package nl.eisenwijzer.natsec;

import java.util.List;
import nl.eisenwijzer.catalog.Tri;

/** Derived: the answer the rules reach for one party and question, with the indicators that decided it. */
public record DerivedAnswer(String entity, Question question, Tri value, String rule, List<Indicator> because) {

    public DerivedAnswer {
        because = List.copyOf(because);
    }
}
