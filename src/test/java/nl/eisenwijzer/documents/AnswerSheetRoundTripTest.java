package nl.eisenwijzer.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.pve.Pve;
import org.junit.jupiter.api.Test;

/**
 * The Velsen PvE as an answer sheet, filled in with POI the way a bidder fills it in Excel, read back as a
 * dossier and judged: the sheet carries a dossier without loss, and the gap report comes out as for YAML.
 */
class AnswerSheetRoundTripTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();
    private static final GapAssessor GAPS = ENGINE.gaps();

    static GapAssessor.Target velsen(Language language) throws IOException {
        return GAPS.target(ENGINE.readProfile(Files.readString(Path.of("examples/velsen-awareness.yaml")), Format.YAML),
                language);
    }

    static SupplierDossier exampleDossier(String name) throws IOException {
        return GAPS.dossierReader().read(Files.readString(Path.of("examples/suppliers", name)), Format.YAML);
    }

    private static GapReport.SupplierReport judge(GapAssessor.Target target, SupplierDossier dossier) {
        return GAPS.assess(target, List.of(dossier), Language.NL, "suppliers[%d]").suppliers().get(0);
    }

    static SheetFiller sheetFor(GapAssessor.Target target) {
        return new SheetFiller(new AnswerSheet(ENGINE.catalog()).write(target.pve()), ENGINE.catalog(),
                target.pve().language());
    }

    @Test
    void theCompliantBiddersDossierSurvivesTheSheetAndIsJudgedCompliant() throws IOException {
        GapAssessor.Target target = velsen(Language.NL);
        SupplierDossier yaml = exampleDossier("velsen-compliant.yaml");

        SupplierDossier imported = new AnswerSheetReader(ENGINE.catalog()).read(sheetFor(target).fill(yaml).bytes());

        assertThat(imported).usingRecursiveComparison().ignoringFields("statements").isEqualTo(yaml);
        assertThat(imported.statements()).containsExactlyInAnyOrderElementsOf(yaml.statements());
        // In the order of the sheet, which is the PvE's.
        assertThat(imported.statements().get(0).requirement()).isEqualTo(target.pve().requirements().get(0).id());
        GapReport.SupplierReport report = judge(target, imported);
        assertThat(report.verdict()).isEqualTo(Verdict.ADMISSIBLE);
        assertThat(report.summary().get(GapStatus.MET)).isEqualTo(target.pve().summary().requirements());
        assertThat(report).usingRecursiveComparison().isEqualTo(judge(target, yaml));
    }

    @Test
    void aBlankRowStaysUnansweredAndANoIsAGap() throws IOException {
        GapAssessor.Target target = velsen(Language.NL);
        SupplierDossier yaml = exampleDossier("velsen-compliant.yaml");
        Pve.Line wish = line(target.pve(), Kind.WENS);
        Pve.Line requirement = line(target.pve(), Kind.EIS);
        SupplierDossier changed = new SupplierDossier(yaml.name(), yaml.kvkNumber(), yaml.country(), yaml.price(), yaml.stateOwned(),
                yaml.ownership(), yaml.subcontractors(), yaml.components(), yaml.certificates(), yaml.reports(),
                yaml.documents(), yaml.insurance(), yaml.references(),
                yaml.statements().stream().filter(s -> !s.requirement().equals(wish.id())).toList(), yaml.waivers());
        SheetFiller filler = sheetFor(target).fill(changed).answer(requirement.id(), "does-not-comply", "Nog niet ingericht.", List.of());

        SupplierDossier imported = new AnswerSheetReader(ENGINE.catalog()).read(filler.bytes());

        assertThat(imported.statements()).hasSize(yaml.statements().size() - 1)
                .noneMatch(s -> s.requirement().equals(wish.id()));
        GapReport.SupplierReport report = judge(target, imported);
        assertThat(status(report, wish.id())).isEqualTo(GapStatus.UNANSWERED);
        assertThat(status(report, requirement.id())).isEqualTo(GapStatus.GAP);
        assertThat(report.verdict()).isEqualTo(Verdict.EXCLUDED);
        assertThat(report.verdictReasons()).singleElement()
                .satisfies(reason -> assertThat(reason.explanation()).contains(requirement.id()));
    }

    @Test
    void aSheetAnsweredInTheFirstCodesIsJudgedTheSameWithADeprecationForEachAnswer() throws IOException {
        GapAssessor.Target target = velsen(Language.NL);
        SupplierDossier yaml = exampleDossier("velsen-conditional.yaml");
        // As a bidder fills in a sheet made before the codes changed, whose drop-down offered yes, partial and no.
        SheetFiller filler = sheetFor(target).fill(yaml);
        yaml.statements().forEach(s -> filler.answer(s.requirement(), s.answer().deprecatedAlias(), null, List.of()));

        AnswerSheetReader reader = new AnswerSheetReader(ENGINE.catalog());
        SupplierDossier imported = reader.read(filler.bytes());

        assertThat(imported.statements()).allSatisfy(s -> assertThat(s.deprecatedAnswer()).isEqualTo(s.answer().deprecatedAlias()));
        GapReport first = GAPS.assess(target, List.of(imported), Language.NL, "files[%d]");
        GapReport current = GAPS.assess(target, List.of(reader.read(sheetFor(target).fill(yaml).bytes())), Language.NL,
                "files[%d]");
        assertThat(first.suppliers()).usingRecursiveComparison().isEqualTo(current.suppliers());
        assertThat(current.deprecations()).isEmpty();
        assertThat(first.deprecations()).hasSize(yaml.statements().size()).first().satisfies(d -> {
            assertThat(d.field()).isEqualTo("files[0].statements[0].answer");
            assertThat(d.given()).isEqualTo("yes");
            assertThat(d.use()).isEqualTo("complies");
            assertThat(d.explanation()).startsWith("Het antwoord op " + imported.statements().get(0).requirement()
                    + " gebruikt de verouderde code 'yes'.");
        });
    }

    @Test
    void anEnglishSheetReadsBackTheSameWay() throws IOException {
        GapAssessor.Target target = velsen(Language.EN);
        SupplierDossier imported = new AnswerSheetReader(ENGINE.catalog())
                .read(sheetFor(target).fill(exampleDossier("velsen-compliant.yaml")).bytes());

        assertThat(judge(target, imported).verdict()).isEqualTo(Verdict.ADMISSIBLE);
    }

    private static Pve.Line line(Pve pve, Kind kind) {
        return pve.requirements().stream().filter(l -> l.kind() == kind && l.satisfies().size() == 1)
                .findFirst().orElseThrow();
    }

    private static GapStatus status(GapReport.SupplierReport report, String requirement) {
        return report.items().stream().filter(i -> i.requirement().equals(requirement)).findFirst().orElseThrow().status();
    }
}
