package nl.eisenwijzer.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Evidence a bidder can bring; {@code thirdParty} marks evidence from an independent party.
 *
 * @param validForMonths how long a report counts as current, or {@code null} when its own dates decide
 *     (certificates) or it does not age (documents)
 * @param countedFrom from which of the report's dates {@code validForMonths} counts
 * @param bridgedBy the evidence type that continues this report's period (a bridge letter), or {@code null}
 * @param bridgedAtMostMonths with {@code bridgedBy}: how many months past the end of this report's period a bridge
 *     letter can carry it, however long the letter itself runs
 */
public record EvidenceType(String id, Form kind, boolean thirdParty, Integer validForMonths, CountedFrom countedFrom,
        String bridgedBy, Integer bridgedAtMostMonths, Text label) {

    public enum Form {
        @JsonProperty("certificate") CERTIFICATE,
        @JsonProperty("report") REPORT,
        @JsonProperty("document") DOCUMENT,
        @JsonProperty("statement") STATEMENT
    }

    /** The date of a report from which its validity counts. */
    public enum CountedFrom {
        @JsonProperty("period-end") PERIOD_END,
        @JsonProperty("issued") ISSUED
    }
}
