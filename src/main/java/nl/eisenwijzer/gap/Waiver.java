package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** An exception the buyer accepted for one requirement (or PvE line), until a date. */
@JsonPropertyOrder({"requirement", "justification", "expires"})
public record Waiver(String requirement, String justification, LocalDate expires) {
}
