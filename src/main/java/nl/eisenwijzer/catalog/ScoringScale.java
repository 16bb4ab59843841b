package nl.eisenwijzer.catalog;

import java.util.List;

/**
 * A scale an evaluation committee judges a quality criterion on ({@code catalog/scoring-scales.yaml}): each step a
 * rating the committee gives and the share of the criterion's maximum points it earns.
 */
public record ScoringScale(String id, Text label, Source source, List<Step> steps) {

    public ScoringScale {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** @param percent the share of the criterion's maximum points, 0 to 100 */
    public record Step(String rating, int percent, Text label) {
    }

    public List<String> ratings() {
        return steps.stream().map(Step::rating).toList();
    }
}
