package nl.eisenwijzer.oscal;

import static nl.eisenwijzer.oscal.Velsen.OSCAL;
import static nl.eisenwijzer.oscal.Velsen.element;
import static nl.eisenwijzer.oscal.Velsen.props;
import static nl.eisenwijzer.oscal.Velsen.strings;
import static nl.eisenwijzer.oscal.Velsen.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.oscal.OscalSchemas.Model;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The gap report for the three Velsen bidders as OSCAL assessment-results. */
class OscalAssessmentResultsTest {

    private static final GapReport REPORT = Velsen.report(Language.EN, Velsen.COMPLIANT, Velsen.EXCLUDED,
            Velsen.CONDITIONAL);
    private static final String JSON = OSCAL.assessmentResults(REPORT);
    private static final JsonNode ROOT = tree(JSON).path("assessment-results");

    @Test
    void theResultsAreValidOscalAndTheSchemaRejectsBrokenOnes() {
        assertThat(OscalSchemas.errors(Model.ASSESSMENT_RESULTS, JSON)).isEmpty();
        assertThat(OscalSchemas.errors(Model.ASSESSMENT_RESULTS, JSON.replace("\"not-satisfied\"", "\"failed\"")))
                .anySatisfy(error -> assertThat(error).contains("/target/status/state"));
        assertThat(OscalSchemas.errors(Model.ASSESSMENT_RESULTS, JSON.replace("\"EXAMINE\"", "\" EXAMINE\"")))
                .anySatisfy(error -> assertThat(error).contains("/methods/0"));
        assertThat(OscalSchemas.errors(Model.ASSESSMENT_RESULTS,
                JSON.replace("\"start\" : \"2025-07-07T00:00:00Z\"", "\"start\" : \"7 July 2025\"")))
                .anySatisfy(error -> assertThat(error).contains("/start"));
    }

    @Test
    void eachBidderIsAResultWithItsVerdictAndAFindingPerRequirementWithItsStatus() {
        JsonNode results = ROOT.path("results");
        assertThat(results).hasSize(REPORT.suppliers().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            GapReport.SupplierReport supplier = REPORT.suppliers().get(i);
            assertThat(result.path("title").asString()).isEqualTo(supplier.name());
            assertThat(result.path("start").asString()).isEqualTo("2025-07-07T00:00:00Z");
            assertThat(props(result, "verdict")).containsExactly(supplier.verdict().name());
            List<GapReport.Item> judged = Stream.concat(supplier.items().stream(), supplier.suitability().stream()).toList();
            assertThat(judged).hasSize(REPORT.pve().requirements());
            JsonNode findings = result.path("findings");
            assertThat(findings).hasSize(judged.size());
            for (int f = 0; f < judged.size(); f++) {
                GapReport.Item item = judged.get(f);
                JsonNode finding = findings.get(f);
                assertThat(finding.path("target").path("target-id").asString()).isEqualTo(item.requirement() + "_smt");
                assertThat(props(finding, "status")).containsExactly(item.status().name());
                assertThat(finding.path("target").path("status").path("state").asString())
                        .as(supplier.name() + " " + item.requirement())
                        .isEqualTo(item.status().settled() ? "satisfied" : "not-satisfied");
            }
            assertThat(result.path("reviewed-controls").path("control-selections").get(0).path("include-controls"))
                    .hasSize(judged.size());
        }
    }

    @Test
    void theCompliantBidderSatisfiesEverythingAndTheExcludedOneFailsOnItsExpiredCertificate() {
        assertThat(states(ROOT.path("results").get(0))).containsOnly("satisfied");
        JsonNode excluded = ROOT.path("results").get(1);
        assertThat(props(excluded, "verdict")).containsExactly("EXCLUDED");
        assertThat(excluded.path("remarks").asString()).contains("verdict-excluded", "EW-SUIT-04");
        // A contract condition resting on the expired certificate: accepted by bidding, not yet satisfied.
        JsonNode policy = finding(excluded, "EW-DECL-ISMS");
        assertThat(policy.path("target").path("status").path("state").asString()).isEqualTo("not-satisfied");
        assertThat(props(policy, "status")).containsExactly(GapStatus.ACCEPTED.name());
        assertThat(policy.path("description").asString()).contains("certificate-expired");
        // The finding points at the observation of the certificate it relied on.
        JsonNode certificate = element(excluded.path("observations"), "/uuid",
                policy.path("related-observations").get(0).path("observation-uuid").asString());
        assertThat(certificate.path("title").asString()).isEqualTo("ISO27001");
        assertThat(certificate.path("remarks").asString()).contains("2025-02-28", "certificate-expired");
    }

    @Test
    void observationsAreTheExaminedEvidenceWithTheDatesItCarries() {
        JsonNode excluded = ROOT.path("results").get(1);
        GapReport.SupplierReport supplier = REPORT.suppliers().get(1);
        assertThat(excluded.path("observations")).hasSize(supplier.evidence().size());
        excluded.path("observations").forEach(o -> assertThat(strings(o.path("methods"))).containsExactly("EXAMINE"));
        // ISO 27001 issued 2022-03-01, valid until 2025-02-28: expires when that day is over.
        JsonNode iso = excluded.path("observations").get(0);
        assertThat(iso.path("description").asString()).isEqualTo("ISO27001 (2022-03-01 – 2025-02-28)");
        assertThat(iso.path("collected").asString()).isEqualTo("2022-03-01T00:00:00Z");
        assertThat(iso.path("expires").asString()).isEqualTo("2025-03-01T00:00:00Z");
        // A report is collected at the end of its period and states no expiry of its own.
        JsonNode soc2 = element(excluded.path("observations"), "/title", "SOC2-TYPE2");
        assertThat(soc2.path("collected").asString()).isEqualTo("2023-12-31T00:00:00Z");
        assertThat(soc2.has("expires")).isFalse();
        // The insurance policy carries no date: it counts as collected on the reference date.
        JsonNode insurance = element(excluded.path("observations"), "/title", "INSURANCE-POLICY");
        assertThat(insurance.path("collected").asString()).isEqualTo("2025-07-07T00:00:00Z");
    }

    @Test
    void theSameReportGivesTheSameDocumentWithUuidsUniqueWithinIt() {
        String again = OSCAL.assessmentResults(Velsen.report(Language.EN, Velsen.COMPLIANT, Velsen.EXCLUDED,
                Velsen.CONDITIONAL));
        assertThat(again).isEqualTo(JSON);
        List<String> uuids = new ArrayList<>();
        collectUuids(ROOT, uuids);
        assertThat(uuids).hasSizeGreaterThan(3 * REPORT.pve().requirements()).doesNotHaveDuplicates();
        // Another dossier set is another assessment: other uuids for the same bidder.
        JsonNode alone = tree(OSCAL.assessmentResults(Velsen.report(Language.EN, Velsen.COMPLIANT)))
                .path("assessment-results");
        assertThat(alone.path("results").get(0).path("uuid").asString())
                .isNotEqualTo(ROOT.path("results").get(0).path("uuid").asString());
    }

    private static List<String> states(JsonNode result) {
        List<String> states = new ArrayList<>();
        result.path("findings").forEach(f -> states.add(f.path("target").path("status").path("state").asString()));
        return states;
    }

    private static JsonNode finding(JsonNode result, String requirement) {
        return element(result.path("findings"), "/target/target-id", requirement + "_smt");
    }

    /** The uuids that identify objects (not the ones that refer to them). */
    private static void collectUuids(JsonNode node, List<String> uuids) {
        if (node.isObject()) {
            if (node.has("uuid")) {
                uuids.add(node.path("uuid").asString());
            }
            node.forEach(child -> collectUuids(child, uuids));
        } else if (node.isArray()) {
            node.forEach(child -> collectUuids(child, uuids));
        }
    }
}
