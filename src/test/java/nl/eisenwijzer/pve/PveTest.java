package nl.eisenwijzer.pve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.report.PveMarkdown;
import org.junit.jupiter.api.Test;

/** The three bundled examples give sensible PvEs, deterministically, with a reason for every line. */
class PveTest {

    private final Eisenwijzer engine = TestEngine.get();

    private Pve example(String name, Language language) throws IOException {
        String yaml = Files.readString(TestEngine.EXAMPLES.resolve(name));
        return engine.pve(engine.readProfile(yaml, Format.YAML), language);
    }

    private static List<String> ids(Pve pve) {
        return pve.requirements().stream().map(Pve.Line::id).toList();
    }

    private static List<String> annexIds(Pve pve, String line) {
        return pve.annexEntries(pve.line(line)).stream().map(Pve.Annex.Entry::id).toList();
    }

    @Test
    void theOtPurchaseHoldsIec62443UpToItsTargetLevel() throws IOException {
        Pve pve = example("ot-pumping-station.yaml", Language.NL);
        // The standards are declared applicable on one line each, their requirements in its annex; the few a
        // purchase makes specific (remote access, backup and recovery) stand on lines of their own.
        assertThat(ids(pve)).contains("EW-DECL-IEC62443-3-3", "EW-DECL-IEC62443-4-2", "IEC62443-3-3-SR1.13", "EW-OT-01");
        assertThat(annexIds(pve, "EW-DECL-IEC62443-3-3")).contains("IEC62443-3-3-SR1.1").doesNotContain("IEC62443-3-3-SR1.13")
                .allMatch(id -> id.startsWith("IEC62443-3-3-"));
        assertThat(annexIds(pve, "EW-DECL-IEC62443-4-2")).isNotEmpty().allMatch(id -> id.startsWith("IEC62443-4-2-"))
                .doesNotContain("IEC62443-4-2-CR1.14");
        // No personal data: no processor agreement.
        assertThat(ids(pve)).noneMatch(id -> id.startsWith("AVG-"));
        // SL3 requirements are left out for an SL2 target, and the PvE says so.
        assertThat(ids(pve)).doesNotContain("IEC62443-4-2-CR1.14");
        assertThat(pve.excluded()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("IEC62443-4-2-CR1.14");
            assertThat(e.reasons().get(0).rule()).isEqualTo("ot-iec62443-above-target-level");
        });
    }

    @Test
    void theSaasPurchaseHoldsNoIec62443AndTheProcessorAgreement() throws IOException {
        Pve pve = example("velsen-awareness.yaml", Language.NL);
        assertThat(ids(pve)).noneMatch(id -> id.startsWith("IEC62443"));
        assertThat(ids(pve)).contains("AVG-28", "EW-TRAIN-01", "FS-AUTH-SAML-OIDC");
        // HTTPS and HSTS are required by law for a government website: a contract condition, checked with Internet.nl.
        assertThat(pve.line("FS-HTTPS-HSTS")).satisfies(l -> {
            assertThat(l.kind()).isEqualTo(Kind.CONTRACTVOORWAARDE);
            assertThat(l.legalBasis()).singleElement().asString().contains("Besluit beveiligde verbinding");
            assertThat(l.verification()).contains("Internet.nl-testresultaat");
        });
        // The processor agreement is one line; what it must lay down (art. 28(3)(a)-(h), 28(9)) are its sub-points.
        Pve.Line processorAgreement = pve.line("AVG-28");
        assertThat(processorAgreement.kind()).isEqualTo(Kind.EIS);
        assertThat(processorAgreement.items()).extracting(Pve.Item::id).contains("AVG-28.3.a", "AVG-28.3.c", "AVG-28.9");
        assertThat(processorAgreement.legalBasis()).isNotEmpty();
        assertThat(processorAgreement.reasons()).extracting(Pve.Reason::rule).contains("selection-by-traits");
        assertThat(processorAgreement.kindReasons()).extracting(Pve.Reason::rule).containsExactly("processor-agreement-is-an-eis");
        assertThat(processorAgreement.reasons()).extracting(Pve.Reason::explanation)
                .anyMatch(text -> text.contains("personalData: regular"));
    }

    @Test
    void theManagedServicesTakeoverHoldsTheMarketConsultationNorms() throws IOException {
        Pve pve = example("managed-ict-takeover.yaml", Language.NL);
        assertThat(ids(pve)).contains("EW-MS-01", "EW-MS-02", "EW-MS-03", "EW-MS-04", "EW-MS-05", "AVG-28",
                "AVG-35", "FS-DMARC", "EW-END-01");
        assertThat(ids(pve)).noneMatch(id -> id.startsWith("IEC62443"));
    }

    @Test
    void everyLineHasAReasonAndAKindReason() throws IOException {
        for (String example : List.of("velsen-awareness.yaml", "managed-ict-takeover.yaml", "ot-pumping-station.yaml")) {
            Pve pve = example(example, Language.EN);
            assertThat(pve.requirements()).as(example).isNotEmpty();
            pve.requirements().forEach(line -> {
                assertThat(line.reasons()).as(line.id()).isNotEmpty();
                assertThat(line.kindReasons()).as(line.id()).isNotEmpty();
                line.reasons().forEach(r -> assertThat(r.explanation()).as(line.id()).isNotBlank());
            });
        }
    }

    @Test
    void requirementsAreOrderedByDomainThenId() throws IOException {
        Pve pve = example("managed-ict-takeover.yaml", Language.NL);
        Comparator<Pve.Line> order = Comparator.<Pve.Line>comparingInt(l -> engine.catalog().domainOrder(l.domain()))
                .thenComparing(Pve.Line::id, NaturalOrder.INSTANCE);
        assertThat(pve.requirements()).isSortedAccordingTo(order);
        assertThat(NaturalOrder.INSTANCE.compare("BIO2-5.2", "BIO2-5.15")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("CRA-II.8", "CRA-II.10")).isNegative();
    }

    @Test
    void theSameInputGivesTheSameFingerprintAndByteIdenticalJson() throws IOException {
        String first = Json.write(example("velsen-awareness.yaml", Language.NL));
        String second = Json.write(example("velsen-awareness.yaml", Language.NL));
        assertThat(first).isEqualTo(second);
        // The JSON example says the same as the YAML one: same normalised profile, same fingerprint.
        ProcurementProfile fromJson = engine.readProfile(Files.readString(TestEngine.EXAMPLES.resolve("velsen-awareness.json")), Format.JSON);
        assertThat(Json.write(engine.pve(fromJson, Language.NL))).isEqualTo(first);
        assertThat(first).contains("\"fingerprint\" : \"sha256:").contains("\"catalogVersion\" : \"" + engine.catalog().info().version());
    }

    @Test
    void aDifferentProfileGivesADifferentFingerprint() throws IOException {
        Pve regular = example("velsen-awareness.yaml", Language.NL);
        String yaml = Files.readString(TestEngine.EXAMPLES.resolve("velsen-awareness.yaml")).replace("personalData: regular", "personalData: special");
        Pve special = engine.pve(engine.readProfile(yaml, Format.YAML), Language.NL);
        assertThat(special.fingerprint()).isNotEqualTo(regular.fingerprint());
        assertThat(ids(special)).contains("AVG-35").hasSizeGreaterThan(ids(regular).size());
    }

    @Test
    void englishAndDutchCarryTheSameRequirementsInTheirOwnLanguage() throws IOException {
        Pve nl = example("velsen-awareness.yaml", Language.NL);
        Pve en = example("velsen-awareness.yaml", Language.EN);
        assertThat(ids(en)).isEqualTo(ids(nl));
        assertThat(en.fingerprint()).isEqualTo(nl.fingerprint());
        assertThat(nl.requirements().get(0).reasons().get(0).explanation()).startsWith("Geldt bij");
        assertThat(en.requirements().get(0).reasons().get(0).explanation()).startsWith("Applies to");
        assertThat(Json.write(en)).contains("\"language\" : \"en\"");
    }

    @Test
    void theMarkdownIsADraftAnnexGroupedByDomainWithReasons() throws IOException {
        Pve pve = example("velsen-awareness.yaml", Language.NL);
        String md = new PveMarkdown(engine.catalog()).render(pve);
        assertThat(md).startsWith("# Programma van Eisen: Leerprogramma Privacy & Informatiebeveiliging");
        assertThat(md).contains("Gemeente Velsen").contains(pve.fingerprint()).contains("## Samenvatting")
                .contains("## 1. ").contains("AVG-28.3.a").contains("Waarom: ").contains("(`processor-agreement-is-an-eis`)")
                .contains("## Bijlage bij 1.2 EW-DECL-BIO2: ").contains("- **BIO2-5.1** ");
        long chapters = md.lines().filter(l -> l.matches("## \\d+\\. .*")).count();
        assertThat(chapters).isEqualTo(pve.requirements().stream().map(Pve.Line::domain).distinct().count());
        String en = new PveMarkdown(engine.catalog()).render(example("velsen-awareness.yaml", Language.EN));
        assertThat(en).startsWith("# Requirements programme: ").contains("## Summary").contains("Why: ");
    }

    @Test
    void theJsonWritesDatesAsIsoText() throws IOException {
        assertThat(Json.write(example("velsen-awareness.yaml", Language.NL))).contains("\"referenceDate\" : \"2025-07-07\"");
    }
}
