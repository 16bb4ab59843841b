package nl.eisenwijzer.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.eisenwijzer.profile.Tailoring;

/** A profile's tailoring without the entries a catalogue version can no longer apply, named by their field. */
final class StaleTailorings {

    private StaleTailorings() {
    }

    /** @param stale fields such as {@code tailoring.exclude[0].id}: the entry at that index is left out */
    static Tailoring without(Tailoring tailoring, Set<String> stale) {
        return new Tailoring(keep(tailoring.exclude(), "exclude", stale), keep(tailoring.kind(), "kind", stale),
                keep(tailoring.text(), "text", stale), keep(tailoring.weight(), "weight", stale),
                keep(tailoring.add(), "add", stale));
    }

    private static <T> List<T> keep(List<T> entries, String operation, Set<String> stale) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String prefix = "tailoring." + operation + "[" + i + "]";
            if (stale.stream().noneMatch(field -> field.startsWith(prefix + ".") || field.equals(prefix))) {
                kept.add(entries.get(i));
            }
        }
        return kept;
    }
}
