package nl.eisenwijzer.catalog;

/** A trait the rules may derive from a profile; requirements name traits in {@code appliesWhen}. */
public record TraitDefinition(String id, Text label) {
}
