package nl.eisenwijzer.award;

/** On equal totals, the criterion whose points decide; {@code order} 1 is asked first. After the last one: lot. */
public record TieBreaker(int order, String criterionId) {
}
