package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/**
 * What a bidder scores on the wishes (award criteria) its dossier proves: the weights of the wishes met, out of
 * the weights of all wishes. Decided by {@code rules/gap/verdict.drl}.
 */
public record WishScore(int points, int maximum, String rule, Text explanation) {
}
