package nl.eisenwijzer.catalog;

import java.util.Set;

/**
 * One alternative of a requirement's {@code appliesWhen}: the traits that must all be present. Built once
 * at load time and inserted as facts, so the selection rule matches sets instead of re-parsing text.
 */
public record TraitCondition(String requirementId, Set<String> traits) {

    public TraitCondition {
        traits = Set.copyOf(traits);
    }
}
