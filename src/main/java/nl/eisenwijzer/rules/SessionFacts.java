package nl.eisenwijzer.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

/** A fired session's facts by type, gathered in one pass: the session holds every input fact too. */
public final class SessionFacts {

    private final Map<Class<?>, List<Object>> byType = new HashMap<>();

    public SessionFacts(KieSession session) {
        for (Object fact : session.getObjects()) {
            byType.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
        }
    }

    /** The facts of exactly this class (not subclasses: facts are records). */
    public <T> Collection<T> of(Class<T> type) {
        return byType.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }
}
