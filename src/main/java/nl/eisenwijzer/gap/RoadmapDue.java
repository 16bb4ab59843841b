package nl.eisenwijzer.gap;

import java.time.LocalDate;
import nl.eisenwijzer.catalog.Text;

/** When the supplier must hand in its security roadmap. */
public record RoadmapDue(LocalDate due, String rule, Text explanation) {
}
