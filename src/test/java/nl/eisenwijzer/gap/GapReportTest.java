package nl.eisenwijzer.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.GapMarkdown;
import nl.eisenwijzer.report.Json;
import org.junit.jupiter.api.Test;

/** Gap reports end to end on the real catalogue and rules, with the example bidders for the Velsen PvE. */
class GapReportTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();
    private static final GapAssessor GAPS = ENGINE.gaps();

    static ProcurementProfile velsen() throws IOException {
        return ENGINE.readProfile(Files.readString(Path.of("examples/velsen-awareness.yaml")), Format.YAML);
    }

    static SupplierDossier dossier(String name) throws IOException {
        return GAPS.dossierReader().read(Files.readString(Path.of("examples/suppliers", name)), Format.YAML);
    }

    static GapReport report(Language language, String... dossiers) throws IOException {
        List<SupplierDossier> list = new java.util.ArrayList<>();
        for (String name : dossiers) {
            list.add(dossier(name));
        }
        return GAPS.assess(GAPS.target(velsen(), language), list, language, "suppliers[%d]");
    }

    @Test
    void theThreeExampleBiddersGetTheVerdictsTheirFilesPromise() throws IOException {
        GapReport report = report(Language.EN, "velsen-compliant.yaml", "velsen-excluded.yaml", "velsen-conditional.yaml");
        assertThat(report.suppliers()).extracting(GapReport.SupplierReport::verdict)
                .containsExactly(Verdict.ADMISSIBLE, Verdict.EXCLUDED, Verdict.ADMISSIBLE);
        GapReport.SupplierReport compliant = report.suppliers().get(0);
        assertThat(compliant.summary().get(GapStatus.MET)).isEqualTo(report.pve().requirements());
        assertThat(compliant.roadmap().due()).isNull();
    }

    @Test
    void theExcludedBidderFailsOnItsExpiredCertificateAndItsOldGva() throws IOException {
        GapReport.SupplierReport excluded = report(Language.EN, "velsen-excluded.yaml").suppliers().get(0);
        assertThat(excluded.suitability()).filteredOn(i -> i.requirement().equals("EW-SUIT-01")).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(GapStatus.GAP);
                    assertThat(i.actual()).contains("2025-02-28");
                });
        assertThat(excluded.suitability()).filteredOn(i -> i.requirement().equals("EW-SUIT-04")).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(GapStatus.GAP);
                    assertThat(i.threshold()).isEqualTo("at most 24 months old (on or after 2023-07-07)");
                    assertThat(i.actual()).isEqualTo("GVA 2023-03-01");
                });
        // A contract condition resting on the expired certificate is accepted by bidding and checked after award.
        assertThat(excluded.items()).filteredOn(i -> i.requirement().equals("EW-DECL-ISMS")).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(GapStatus.ACCEPTED);
                    assertThat(i.reasons()).extracting(Pve.Reason::rule).contains("certificate-expired");
                });
        assertThat(excluded.verdictReasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("verdict-excluded");
            assertThat(r.explanation()).contains("EW-SUIT-01", "EW-SUIT-04").doesNotContain("EW-DECL-ISMS");
        });
        // Knock-out gaps are listed apart and are not phased.
        assertThat(excluded.roadmap().knockOut()).extracting(GapReport.Action::requirement).contains("EW-SUIT-04");
        assertThat(excluded.roadmap().knockOut()).allSatisfy(a -> assertThat(a.due()).isNull());
    }

    @Test
    void theConditionalBidderHasWarningsAndAPhasedRoadmapOverTheContractYears() throws IOException {
        GapReport report = report(Language.EN, "velsen-conditional.yaml");
        GapReport.SupplierReport conditional = report.suppliers().get(0);
        assertThat(conditional.warnings()).extracting(GapReport.Warning::subject).containsExactly("ISO27001", "FS-IPV6");
        assertThat(conditional.warnings().get(0).date()).isEqualTo(LocalDate.of(2026, 9, 30));
        // Contract 2025-11-01 for 24 months: roadmap due 8 weeks after the start.
        assertThat(conditional.roadmap().due()).isEqualTo(LocalDate.of(2025, 12, 27));
        assertThat(conditional.roadmap().knockOut()).isEmpty();
        // 5 phases over 2 contract years: phase 5 falls in year 2, on the last contract day.
        assertThat(conditional.roadmap().phases()).singleElement().satisfies(phase -> {
            assertThat(phase.phase()).isEqualTo(5);
            assertThat(phase.milestone()).isEqualTo(report.contractEnd()).isEqualTo(LocalDate.of(2027, 10, 31));
            assertThat(phase.actions()).extracting(GapReport.Action::requirement).containsExactly("EW-CLOUD-04", "EW-WEB-04");
        });
        // Boundaries in the dossier: GVA exactly 2 years, tax statement exactly 6 months, reference exactly 3 years.
        assertThat(conditional.suitability()).allSatisfy(i -> assertThat(i.status()).isEqualTo(GapStatus.MET));
    }

    @Test
    void theGermanBidderMeetsSuitabilityWithItsOwnCountrysDocumentsItsHostersCertificateAndTheInsuranceStatement()
            throws IOException {
        GapReport.SupplierReport foreign = report(Language.EN, "velsen-foreign.yaml").suppliers().get(0);
        assertThat(foreign.verdict()).isEqualTo(Verdict.ADMISSIBLE);
        assertThat(foreign.suitability()).filteredOn(i -> i.requirement().equals("EW-SUIT-04")).singleElement()
                .satisfies(i -> {
                    assertThat(i.actual()).isEqualTo("Führungszeugnis (Belegart O) (DE) 2025-01-10");
                    assertThat(i.reasons()).extracting(Pve.Reason::rule).contains("equivalent-of-country-of-establishment");
                });
        assertThat(foreign.suitability()).filteredOn(i -> i.requirement().equals("EW-SUIT-05")).singleElement()
                .satisfies(i -> assertThat(i.reasons()).anySatisfy(r -> assertThat(r.explanation()).contains("e-Certis")));
        assertThat(foreign.reliances()).singleElement().satisfies(r -> {
            assertThat(r.party()).isEqualTo("Rechenzentrum Nord GmbH");
            assertThat(r.reliedOnFor()).isEqualTo(ReliedOnFor.HOSTING);
            assertThat(r.requirement()).isEqualTo("EW-SUIT-01");
            assertThat(r.explanation()).contains("part II C of its ESPD");
        });
        assertThat(foreign.roadmap().beforeSigning()).singleElement().satisfies(a -> {
            assertThat(a.requirement()).isEqualTo("EW-SUIT-02");
            assertThat(a.status()).isEqualTo(GapStatus.MET);
            assertThat(a.due()).isNull();
            assertThat(a.rule()).isEqualTo("policy-before-signing");
        });
        String json = Json.write(report(Language.EN, "velsen-foreign.yaml", "velsen-compliant.yaml"));
        assertThat(json).contains("\"for\" : \"hosting\"", "\"beforeSigning\" : [ {")
                .containsOnlyOnce("\"reliances\"");
        String md = new GapMarkdown(ENGINE.catalog()).render(report(Language.NL, "velsen-foreign.yaml"));
        assertThat(md).contains("### Beroep op derden\n\n- **Rechenzentrum Nord GmbH** (hosting, EW-SUIT-01): ",
                "### Vóór ondertekening van het contract\n\n- **EW-SUIT-02** Aansprakelijkheidsverzekering: Vraag vóór de "
                        + "ondertekening van het contract het bewijs van de verzekering op.");
    }

    @Test
    void severalBiddersGetARankingAndAMatrixWhoseCellsComeFromTheirOwnDossiers() throws IOException {
        GapReport report = report(Language.NL, "velsen-excluded.yaml", "velsen-conditional.yaml", "velsen-compliant.yaml");
        assertThat(report.ranking()).extracting(GapReport.Rank::name)
                .containsExactly("Veilig Leren B.V.", "Cyberwijs B.V.", "Awareness Partners B.V.");
        assertThat(report.ranking().get(2).knockOutGaps()).isPositive();
        assertThat(report.matrix().bidders()).containsExactly("Awareness Partners B.V.", "Cyberwijs B.V.", "Veilig Leren B.V.");
        assertThat(report.matrix().rows()).hasSize(report.pve().requirements());
        for (GapReport.Row row : report.matrix().rows()) {
            for (int bidder = 0; bidder < 3; bidder++) {
                GapReport.SupplierReport own = report.suppliers().get(bidder);
                GapStatus expected = java.util.stream.Stream.concat(own.items().stream(), own.suitability().stream())
                        .filter(i -> i.requirement().equals(row.requirement())).findFirst().orElseThrow().status();
                assertThat(row.statuses().get(bidder)).as(row.requirement() + " for " + own.name()).isEqualTo(expected);
            }
        }
        // The expired certificate of one bidder does not spoil the same requirement for the others.
        GapReport.Row isms = report.matrix().rows().stream().filter(r -> r.requirement().equals("EW-DECL-ISMS")).findFirst().orElseThrow();
        assertThat(isms.statuses()).containsExactly(GapStatus.ACCEPTED, GapStatus.MET, GapStatus.MET);
    }

    @Test
    void theSameInputGivesTheSameReportAndAnotherDossierAnotherFingerprint() throws IOException {
        String first = Json.write(report(Language.NL, "velsen-conditional.yaml", "velsen-compliant.yaml"));
        String second = Json.write(report(Language.NL, "velsen-conditional.yaml", "velsen-compliant.yaml"));
        assertThat(first).isEqualTo(second);
        GapReport other = report(Language.NL, "velsen-excluded.yaml", "velsen-compliant.yaml");
        assertThat(other.fingerprint()).isNotEqualTo(report(Language.NL, "velsen-conditional.yaml", "velsen-compliant.yaml").fingerprint());
    }

    @Test
    void markdownPutsTheVerdictsUpFrontInTheChosenLanguage() throws IOException {
        String nl = new GapMarkdown(ENGINE.catalog()).render(report(Language.NL, "velsen-excluded.yaml", "velsen-compliant.yaml"));
        assertThat(nl).startsWith("# Gap-rapport: Leerprogramma Privacy & Informatiebeveiliging")
                .contains("## Samenvatting", "### Rangorde", "| 1 | Veilig Leren B.V. | € 160.000 | 10,00 | 10,00 |",
                        "- **Awareness Partners B.V.** (Uitgesloten): Uitgesloten op EW-SUIT-01", "### Beslissende tekortkomingen",
                        "| EW-SUIT-04 Gedragsverklaring Aanbesteden | tekort |", "## Bijlage B — Matrix eisen × inschrijvers");
        assertThat(nl.indexOf("## Samenvatting")).isLessThan(nl.indexOf("## Gunningsbeslissing"))
                .isLessThan(nl.indexOf("## Bijlage C — Toetsing per inschrijver"));
        String en = new GapMarkdown(ENGINE.catalog()).render(report(Language.EN, "velsen-conditional.yaml"));
        assertThat(en).startsWith("# Gap report: ").contains("(Admissible)", "#### Warnings", "##### Phase 5: Other requirements")
                .doesNotContain("### Ranking");
    }

    @Test
    void aReportInProseSaysShortlyWhichDeprecatedCodesTheInputUsed() throws IOException {
        String first = Files.readString(Path.of("examples/suppliers/velsen-conditional.yaml"))
                .replace("answer: complies", "answer: yes").replace("answer: partially-complies", "answer: partial")
                .replace("answer: does-not-comply", "answer: no");
        GapReport report = GAPS.assess(GAPS.target(velsen(), Language.NL),
                List.of(GAPS.dossierReader().read(first, Format.YAML)), Language.NL, "suppliers[%d]");
        long yes = report.deprecations().stream().filter(d -> d.given().equals("yes")).count();
        String notice = "Let op: de invoer gebruikt verouderde codes: 'yes' (" + yes + "\u00d7) is gelezen als 'complies', "
                + "'partial' (1\u00d7) als 'partially-complies', 'no' (1\u00d7) als 'does-not-comply'. Het oordeel is "
                + "hetzelfde, maar API v2 aanvaardt deze codes niet meer.";
        assertThat(new GapMarkdown(ENGINE.catalog()).render(report)).contains("\n> " + notice + "\n");
        assertThat(new String(ENGINE.documents().gap(report, nl.eisenwijzer.documents.DocumentFormat.HTML).content(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("<p class=\"notice\">" + notice + "</p>");
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                ENGINE.documents().gap(report, nl.eisenwijzer.documents.DocumentFormat.DOCX).content()))) {
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo(notice));
        }
        assertThat(new GapMarkdown(ENGINE.catalog()).render(report(Language.NL, "velsen-conditional.yaml")))
                .doesNotContain("verouderde");
    }

    @Test
    void twoDossiersWithOneNameAreRejected() throws IOException {
        SupplierDossier one = dossier("velsen-compliant.yaml");
        assertThatThrownBy(() -> GAPS.assess(GAPS.target(velsen(), Language.NL), List.of(one, one), Language.NL, "suppliers[%d]"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("suppliers[0] and suppliers[1]")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("suppliers[1].name");
    }
}
