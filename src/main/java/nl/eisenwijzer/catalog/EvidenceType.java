package nl.eisenwijzer.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Evidence a bidder can bring; {@code thirdParty} marks evidence from an independent party. */
public record EvidenceType(String id, Kind kind, boolean thirdParty, Text label) {

    public enum Kind {
        @JsonProperty("certificate") CERTIFICATE,
        @JsonProperty("report") REPORT,
        @JsonProperty("document") DOCUMENT,
        @JsonProperty("statement") STATEMENT
    }
}
