package nl.eisenwijzer.catalog;

import java.util.List;

/** A purchase component (inkooponderdeel) and the traits it implies. */
public record ProductType(String id, Text label, Text group, Text description, List<String> traits) {
}
