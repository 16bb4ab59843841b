package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.ChainAccess;

/** Derived: a kind of access a party gets, and where that comes from (the profile or the dossier). */
public record EntityAccess(String entity, ChainAccess access, String rule, Text reason) {
}
