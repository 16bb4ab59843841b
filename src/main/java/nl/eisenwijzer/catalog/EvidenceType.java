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
 * @param equivalentsAccepted a Dutch document that a bidder established in another country may replace by its
 *     country's equivalent or a sworn statement (Directive 2014/24/EU art. 60); {@code false} when not stated
 * @param replacesNational a type that stands in for such a document: the dossier names which one and the country
 *     that issued it; {@code false} when not stated
 * @param equivalentTo the type a buyer accepts this one as equivalent to ("ISO 27001 of gelijkwaardig"), or
 *     {@code null}
 */
public record EvidenceType(String id, Form kind, boolean thirdParty, Integer validForMonths, CountedFrom countedFrom,
        String bridgedBy, Integer bridgedAtMostMonths, Boolean equivalentsAccepted, Boolean replacesNational,
        String equivalentTo, Text label) {

    public EvidenceType {
        equivalentsAccepted = Boolean.TRUE.equals(equivalentsAccepted);
        replacesNational = Boolean.TRUE.equals(replacesNational);
    }

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
