package nl.eisenwijzer.catalog;

/**
 * How strongly the source (the law, standard or framework) puts a requirement: MUST or SHOULD. It is kept
 * beside the {@link Kind} a PvE line gets, which the rules decide for the purchase: a MUST of a standard can
 * still be a contract condition rather than a knock-out, and a SHOULD can be raised for a sensitive purchase.
 */
public enum Strength {
    MUST, SHOULD
}
