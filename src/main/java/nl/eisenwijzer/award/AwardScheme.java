package nl.eisenwijzer.award;

/** Present when the profile has an award section; without it the rules rank on the PvE's wishes alone. */
public record AwardScheme(String scale) {
}
