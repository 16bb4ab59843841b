package nl.eisenwijzer.oscal;

import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Json;

/**
 * Eisenwijzer's documents in NIST OSCAL 1.1 (JSON, validated against the OSCAL {@value OscalModel#OSCAL_VERSION}
 * schemas in the tests): the catalogue as a catalog, a PvE as a profile of that catalog, a gap report as
 * assessment-results. Every document is pretty-printed, and the same input gives the same document: uuids are
 * name-based ({@link Uuids}) and timestamps come from the input's dates ({@link Timestamps}).
 */
public final class Oscal {

    private final CatalogWriter catalog;
    private final ProfileWriter profiles = new ProfileWriter();
    private final AssessmentResultsWriter assessments = new AssessmentResultsWriter();

    public Oscal(Catalog catalog) {
        this.catalog = new CatalogWriter(catalog);
    }

    /** The whole catalogue as an OSCAL catalog: a group per framework, a control per requirement. */
    public String catalog() {
        return Json.write(catalog.write());
    }

    /** A PvE as an OSCAL profile that imports the catalog's requirements the PvE asks for. */
    public String profile(Pve pve) {
        return Json.write(profiles.write(pve));
    }

    /** A gap report as OSCAL assessment-results: a result per bidder, a finding per PvE requirement. */
    public String assessmentResults(GapReport report) {
        return Json.write(assessments.write(report));
    }
}
