package nl.eisenwijzer.catalog;

import java.util.List;

/**
 * A control measure a buyer can impose when the national-security test finds risks (question 3B): the
 * risks it addresses and the PvE requirements it adds, as MUST, when the buyer chooses it.
 */
public record ControlMeasure(String id, Text title, Text description, List<String> risks, List<String> requirements,
        Source source) {

    public ControlMeasure {
        risks = risks == null ? List.of() : List.copyOf(risks);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public boolean addresses(String risk) {
        return risks.contains(risk);
    }
}
