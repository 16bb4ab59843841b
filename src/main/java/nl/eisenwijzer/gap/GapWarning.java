package nl.eisenwijzer.gap;

import java.time.LocalDate;
import nl.eisenwijzer.catalog.Text;

/**
 * Something that holds now but will not last the contract, such as a certificate that expires during it.
 *
 * @param subject what the warning is about (an evidence type or a requirement id)
 * @param date when it stops holding
 */
public record GapWarning(String subject, LocalDate date, String rule, Text explanation) {
}
