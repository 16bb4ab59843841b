package nl.eisenwijzer.gap;

import java.time.LocalDate;
import nl.eisenwijzer.catalog.Text;

/**
 * A remediation line for an open requirement.
 *
 * @param phase the roadmap phase, or 0 for a knock-out gap, which cannot wait until after award
 * @param due the milestone by which it must be done, or {@code null} for a knock-out gap
 */
public record RoadmapAction(String requirementId, int phase, LocalDate due, String rule, Text explanation) {

    public boolean knockOut() {
        return phase == 0;
    }
}
