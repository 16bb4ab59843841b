package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/** Why a piece of evidence in the dossier cannot prove anything at the reference date. */
public record EvidenceProblem(DossierEvidence evidence, Problem problem, String rule, Text explanation) {

    public enum Problem {
        /** no longer valid at the reference date */
        EXPIRED,
        /** its scope leaves out purchased product types */
        OUT_OF_SCOPE,
        /** a certificate not issued under accreditation */
        NOT_ACCREDITED,
        /** a document that stands in for a Dutch one, but cannot for this bidder (another country, a Dutch bidder) */
        NOT_EQUIVALENT
    }
}
