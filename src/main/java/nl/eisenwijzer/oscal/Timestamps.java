package nl.eisenwijzer.oscal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * OSCAL timestamps are date-times with a time zone; Eisenwijzer's input has dates. A date becomes the start of
 * that day in UTC, e.g. {@code 2025-07-07T00:00:00Z}: taken from the input, never from the clock.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** The timestamp, or {@code null} for no date. */
    static String of(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC));
    }
}
