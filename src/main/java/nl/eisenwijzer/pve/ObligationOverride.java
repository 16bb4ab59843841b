package nl.eisenwijzer.pve;

import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Text;

/** A rule's finding that a requirement should be asked at another obligation than the catalogue's default. */
public record ObligationOverride(String requirementId, Obligation obligation, String rule, Text explanation) {
}
