package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Tri;

/**
 * Fact: one member of a party's chain of control — level 0 is the party itself, level 1 its direct parent,
 * and so on up. Questions 1 and 2 look at every member.
 */
public record ChainMember(String entity, int level, String name, String country, Tri stateOwned) {
}
