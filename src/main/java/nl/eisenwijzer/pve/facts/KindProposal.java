package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/**
 * A rule's proposal for the kind of an applicable requirement. A proposal raises (the strictest proposal
 * wins); a cap says "at most this kind" and holds against any raise, because it states what the law or the
 * buyer's position allows (a law not yet in force cannot be a knock-out).
 */
public record KindProposal(String requirementId, Kind kind, boolean cap, String rule, Text explanation) {

    public static KindProposal of(String requirementId, Kind kind, String rule, Text explanation) {
        return new KindProposal(requirementId, kind, false, rule, explanation);
    }

    public static KindProposal atMost(String requirementId, Kind kind, String rule, Text explanation) {
        return new KindProposal(requirementId, kind, true, rule, explanation);
    }
}
