package nl.eisenwijzer.gap;

/**
 * Who is judged in a gap session, as far as the rules need it: the bidder's name and the country where it is
 * established (the dossier's {@code country}), which decides whose documents may stand in for Dutch ones.
 */
public record Bidder(String name, String country) {
}
