package nl.eisenwijzer.pve;

import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Text;

/** The obligation an applicable requirement gets in the PvE, with the rule that set it. */
public record ObligationDecision(String requirementId, Obligation obligation, String rule, Text explanation) {
}
