package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.profile.Tailoring;

/** A line with the buyer's own requirement. */
public record OwnLine(Tailoring.OwnRequirement requirement, String rule, Text explanation) {

    public String lineId() {
        return requirement.id();
    }
}
