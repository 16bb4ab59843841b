package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/** What the buyer changed on a line, said on that line ("aangepast door opdrachtgever: …") in every format. */
public record TailoringNote(String lineId, String operation, String rule, Text explanation) {
}
