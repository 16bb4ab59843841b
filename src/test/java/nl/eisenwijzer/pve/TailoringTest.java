package nl.eisenwijzer.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.report.PveMarkdown;
import org.junit.jupiter.api.Test;

/**
 * The tailored Velsen example (examples/velsen-awareness-tailored.yaml) on the real engine: every change on
 * record, in the fingerprint, in the documents and in what the gap report judges; tailoring of a legal duty
 * under a warning; and tailoring the rules cannot apply refused naming the field.
 */
class TailoringTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();

    private static String example(String name) throws IOException {
        return Files.readString(TestEngine.EXAMPLES.resolve(name));
    }

    private static ProcurementProfile velsenWith(String tailoring) throws IOException {
        return ENGINE.readProfile(example("velsen-awareness.yaml") + "tailoring:\n" + tailoring, Format.YAML);
    }

    private static Pve tailored(Language language) throws IOException {
        return ENGINE.pve(ENGINE.readProfile(example("velsen-awareness-tailored.yaml"), Format.YAML), language);
    }

    @Test
    void everyChangeIsOnItsLineWithTheBuyersReason() throws IOException {
        Pve plain = ENGINE.pve(ENGINE.readProfile(example("velsen-awareness.yaml"), Format.YAML), Language.NL);
        Pve pve = tailored(Language.NL);

        // Two lines left out, each listed with the buyer's reason.
        assertThat(pve.line("EW-TRAIN-04")).isNull();
        assertThat(pve.line("FS-IPV6")).isNull();
        assertThat(pve.excluded()).filteredOn(e -> e.id().equals("FS-IPV6")).singleElement()
                .satisfies(e -> assertThat(e.reasons()).singleElement().satisfies(r -> {
                    assertThat(r.rule()).isEqualTo("tailoring-leaves-out");
                    assertThat(r.explanation()).startsWith("Weggelaten door opdrachtgever: Leg uit (pas toe of leg uit)");
                }));
        // One knock-out asked as a wish, with the default weight the rules give a wish.
        assertThat(plain.line("EW-TRAIN-02").kind()).isEqualTo(Kind.EIS);
        assertThat(pve.line("EW-TRAIN-02")).satisfies(line -> {
            assertThat(line.kind()).isEqualTo(Kind.WENS);
            assertThat(line.weight()).isBetween(1, 10);
            assertThat(line.tailoring()).extracting(Pve.Reason::explanation)
                    .containsExactly("Aangepast door opdrachtgever (soort: wens in plaats van eis): Hoe actueel en passend de "
                            + "inhoud is, beoordeelt Velsen in het plan van aanpak (gunningscriterium K-1), niet als knock-out.");
        });
        // A replaced text keeps the catalogue's beside it.
        assertThat(pve.line("EW-TRAIN-05")).satisfies(line -> {
            assertThat(line.text()).contains("binnen 6 weken");
            assertThat(line.originalText()).isEqualTo(plain.line("EW-TRAIN-05").text()).contains("binnen 3 maanden");
            assertThat(line.tailoring()).extracting(Pve.Reason::rule).containsExactly("tailoring-replaces-the-text");
        });
        assertThat(plain.line("EW-TRAIN-05").originalText()).isNull();
        // The buyer's own requirement closes its domain, as a line of its own kind, without a source strength.
        assertThat(pve.line("VLS-01")).satisfies(line -> {
            assertThat(line.kind()).isEqualTo(Kind.EIS);
            assertThat(line.strength()).isNull();
            assertThat(line.framework()).isEqualTo("VLS");
            assertThat(line.tailoring()).extracting(Pve.Reason::rule).containsExactly("tailoring-adds-an-own-requirement");
        });
        java.util.List<Pve.Line> governance = pve.requirements().stream().filter(l -> l.domain().equals("governance")).toList();
        assertThat(governance.get(governance.size() - 1).id()).isEqualTo("VLS-01");

        assertThat(pve.summary().tailored()).isEqualTo(3);
        assertThat(pve.summary().lines()).isEqualTo(plain.summary().lines() - 2 + 1);
        assertThat(pve.warnings()).isEmpty();
        assertThat(pve.fingerprint()).isNotEqualTo(plain.fingerprint());
    }

    @Test
    void theDocumentsSayWhatTheBuyerChanged() throws IOException {
        String md = new PveMarkdown(ENGINE.catalog()).render(tailored(Language.NL));
        assertThat(md).contains("- Aangepast: Aangepast door opdrachtgever (tekst): Velsen werkt nieuwe medewerkers in zes weken in")
                .contains("- Oorspronkelijke tekst: Nieuwe medewerkers en inhuurkrachten krijgen automatisch een introductietraject "
                        + "dat zij binnen 3 maanden")
                .contains("### 1.5 VLS-01: Rapportages voor de verantwoording")
                .contains("- **FS-IPV6** IPv6: Weggelaten door opdrachtgever: ");
        String en = new PveMarkdown(ENGINE.catalog()).render(tailored(Language.EN));
        assertThat(en).contains("- Tailored: Changed by the buyer (text): ").contains("VLS-01: Reports for accountability");
    }

    @Test
    void theGapReportJudgesTheTailoredPve() throws IOException {
        ProcurementProfile profile = ENGINE.readProfile(example("velsen-awareness-tailored.yaml"), Format.YAML);
        GapAssessor.Target target = ENGINE.gaps().target(profile, Language.NL);
        assertThat(target.requirementIds()).contains("VLS-01", "EW-TRAIN-05").doesNotContain("EW-TRAIN-04", "FS-IPV6");
        SupplierDossier answersTheLeftOut = ENGINE.gaps().dossierReader().read("""
                name: Test B.V.
                country: NL
                statements:
                  - {requirement: EW-TRAIN-04, answer: complies}
                """, Format.YAML);
        assertThatThrownBy(() -> ENGINE.gaps().assess(target, java.util.List.of(answersTheLeftOut), Language.NL,
                "suppliers[%d]"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("suppliers[0].statements[0].requirement");
                    assertThat(e.getMessage()).contains("EW-TRAIN-04 is not in the PvE of this purchase");
                });
    }

    @Test
    void leavingOutOrSofteningALegalDutyIsAllowedUnderAWarningNamingTheLaw() throws IOException {
        Pve excluded = ENGINE.pve(velsenWith("""
                  exclude:
                    - {id: AVG-28, justification: "De verwerkersovereenkomst wordt apart gesloten."}
                """), Language.NL);
        assertThat(excluded.line("AVG-28")).isNull();
        assertThat(excluded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo("AVG-28");
            assertThat(w.law()).isEqualTo("AVG art. 28");
            assertThat(w.rule()).isEqualTo("tailoring-leaves-out-what-the-law-asks");
            assertThat(w.explanation()).contains("wettelijke plicht", "De verwerkersovereenkomst wordt apart gesloten.");
        });
        assertThat(new PveMarkdown(ENGINE.catalog()).render(excluded))
                .contains("## Let op: aanpassingen van wettelijke plichten\n\n- **AVG-28** (AVG art. 28): ");

        Pve softened = ENGINE.pve(velsenWith("""
                  kind:
                    - {id: AVG-28, kind: contractvoorwaarde, justification: "Tekenen bij gunning volstaat."}
                """), Language.EN);
        assertThat(softened.line("AVG-28").kind()).isEqualTo(Kind.CONTRACTVOORWAARDE);
        assertThat(softened.warnings()).singleElement().satisfies(w -> {
            assertThat(w.law()).isEqualTo("GDPR art. 28");
            assertThat(w.rule()).isEqualTo("tailoring-softens-what-the-law-asks");
        });
        // Asking the law more strictly is no softening.
        Pve stricter = ENGINE.pve(velsenWith("""
                  kind:
                    - {id: AVG-33, kind: eis, justification: "Datalekken zijn voor Velsen een knock-out."}
                """), Language.NL);
        assertThat(stricter.warnings()).isEmpty();
    }

    @Test
    void aSubPointOrAnnexEntryCanBeLeftOutAndItsLineSaysSo() throws IOException {
        Pve pve = ENGINE.pve(velsenWith("""
                  exclude:
                    - {id: AVG-28.3.h, justification: "Audits regelt Velsen in de raamovereenkomst."}
                    - {id: BIO2-5.6, justification: "Niet relevant voor een bewustwordingsplatform."}
                """), Language.NL);
        assertThat(pve.line("AVG-28").items()).extracting(Pve.Item::id).doesNotContain("AVG-28.3.h").contains("AVG-28.3.g");
        assertThat(pve.line("AVG-28").tailoring()).extracting(Pve.Reason::explanation)
                .containsExactly("Aangepast door opdrachtgever (AVG-28.3.h weggelaten): Audits regelt Velsen in de raamovereenkomst.");
        assertThat(pve.annexes().get(0).entries()).extracting(Pve.Annex.Entry::id).doesNotContain("BIO2-5.6");
        // Art. 28(3)(h) is part of a legal duty: leaving it out is on record as such.
        assertThat(pve.warnings()).extracting(Pve.Warning::line).containsExactly("AVG-28.3.h");
    }

    @Test
    void tailoringTheRulesCannotApplyIsRefusedNamingTheField() throws IOException {
        refused("  exclude:\n    - {id: IEC62443-3-3-SR1.1, justification: \"Geen OT.\"}\n", "tailoring.exclude[0].id",
                "IEC62443-3-3-SR1.1 is not in the PvE of this purchase");
        refused("  exclude:\n    -\n", "tailoring.exclude[0]", "not null");
        refused("  exclude:\n    - {id: EW-TRAIN-04, justification: \"  \"}\n", "tailoring.exclude[0].justification",
                "is required");
        refused("  kind:\n    - {id: AVG-32.1.a, kind: wens, justification: \"Zwaar.\"}\n", "tailoring.kind[0].id",
                "answered on the line of BIO2-8.24");
        refused("  kind:\n    - {id: EW-SUIT-01, kind: wens, justification: \"Zwaar.\"}\n", "tailoring.kind[0].kind",
                "suitability requirement");
        refused("  kind:\n    - {id: EW-TRAIN-01, kind: maybe, justification: \"Zwaar.\"}\n", "tailoring.kind[0].kind", "maybe");
        refused("  weight:\n    - {id: EW-TRAIN-01, weight: 5}\n", "tailoring.weight[0].id", "only a wish carries a weight");
        refused("  weight:\n    - {id: EW-WEB-04, weight: 11}\n", "tailoring.weight[0].weight", "11");
        refused("  add:\n    - {id: AVG-28, kind: eis, domain: privacy, title: {nl: X}, text: {nl: Y}, justification: \"Eigen.\"}\n",
                "tailoring.add[0].id", "already a catalogue");
        refused("  add:\n    - {id: VLS-01, kind: eis, domain: nowhere, title: {nl: X}, text: {nl: Y}, justification: \"Eigen.\"}\n",
                "tailoring.add[0].domain", "nowhere");
    }

    private static void refused(String tailoring, String field, String message) {
        assertThatThrownBy(() -> ENGINE.pve(velsenWith(tailoring), Language.NL))
                .as(tailoring)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
