package nl.eisenwijzer.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each bidder's report lists the evidence in its dossier, with its dates, who cites it and what is wrong with it. */
class DossierEvidenceReportTest {

    @Test
    void theExcludedBiddersEvidenceComesWithItsDatesCitationsAndProblems() throws IOException {
        GapReport.SupplierReport excluded = GapReportTest.report(Language.EN, "velsen-excluded.yaml").suppliers().get(0);
        assertThat(excluded.evidence()).extracting(GapReport.Evidence::type).containsExactly("ISO27001", "SOC2-TYPE2",
                "PENTEST-REPORT", "INTERNET-NL", "GVA", "TAX-STATEMENT", "KVK-EXTRACT", "DPA", "ACCESSIBILITY-STATEMENT",
                "INSURANCE-POLICY", "REFERENCE");

        GapReport.Evidence iso = excluded.evidence().get(0);
        assertThat(iso.date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(iso.validUntil()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(iso.citedBy()).startsWith("EW-DECL-ISMS", "EW-CLOUD-08").doesNotContain("EW-CLOUD-03");
        assertThat(iso.problems()).extracting(Pve.Reason::rule).containsExactly("certificate-expired");

        GapReport.Evidence soc2 = excluded.evidence().get(1);
        assertThat(soc2.date()).as("the end of the report's period").isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(soc2.validUntil()).isNull();
        assertThat(soc2.problems()).extracting(Pve.Reason::rule).containsExactly("report-too-old");

        GapReport.Evidence pentest = excluded.evidence().get(2);
        assertThat(pentest.date()).as("a report without a period: its issue date").isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(pentest.problems()).isEmpty();
        assertThat(excluded.evidence().get(9).date()).as("insurance carries no date").isNull();
        assertThat(excluded.evidence().get(10).date()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void listingTheEvidenceLeavesTheDossierAsJsonAndSoTheFingerprintAlone() throws IOException {
        SupplierDossier dossier = GapReportTest.dossier("velsen-excluded.yaml");
        assertThat(dossier.evidence()).hasSize(11);
        assertThat(JsonMapper.builder().build().readTree(Json.write(dossier)).has("evidence")).isFalse();
    }
}
