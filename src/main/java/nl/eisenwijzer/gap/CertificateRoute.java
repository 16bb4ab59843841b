package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/**
 * Evidence that can meet a certificate requirement (ISO 27001 or equivalent), and by which route; whether it does
 * depends on whether an evidence rule found a problem with it.
 */
public record CertificateRoute(String requirementId, ScopedEvidence evidence, Route route, String rule, Text explanation) {

    public enum Route {
        /** the bidder's own certificate of the type the requirement accepts */
        OWN,
        /** the bidder's evidence of a type the buyer accepts as equivalent to it */
        EQUIVALENT,
        /** the certificate of a party the bidder relies on for hosting or information security */
        RELIED_ON
    }
}
