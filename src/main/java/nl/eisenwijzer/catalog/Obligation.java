package nl.eisenwijzer.catalog;

/** MUST: a knock-out requirement (eis); SHOULD: a scored wish (wens). */
public enum Obligation {
    MUST, SHOULD
}
