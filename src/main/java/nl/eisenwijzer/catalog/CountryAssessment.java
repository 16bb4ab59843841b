package nl.eisenwijzer.catalog;

import java.time.LocalDate;

/**
 * The organisation's own assessment of a country for the national-security test, with where it comes from
 * and when it was made. A value of true or false needs both a source and a date (the loader refuses it
 * otherwise): the test reasons from data the organisation owns and can show.
 */
public record CountryAssessment(Tri value, String source, LocalDate assessedOn) {

    public static final CountryAssessment UNKNOWN = new CountryAssessment(Tri.UNKNOWN, null, null);

    public CountryAssessment {
        value = value == null ? Tri.UNKNOWN : value;
    }
}
