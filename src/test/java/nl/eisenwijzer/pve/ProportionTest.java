package nl.eisenwijzer.pve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The PvEs of the examples stay proportionate (Aanbestedingswet 2012 art. 1.10): the figures issue 14 set for
 * them, and for every example at most a third of the lines knock-outs.
 */
class ProportionTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();

    static Pve pve(String example) throws IOException {
        Path file = TestEngine.EXAMPLES.resolve(example);
        Format format = example.endsWith(".json") ? Format.JSON : Format.YAML;
        return ENGINE.pve(ENGINE.readProfile(Files.readString(file), format), Language.NL);
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(TestEngine.EXAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void velsenAwarenessHasAtMostAHundredLinesOfWhichAtMostTwentyFiveEisen() throws IOException {
        Pve pve = pve("velsen-awareness.yaml");
        assertThat(pve.summary().lines()).isLessThanOrEqualTo(100);
        assertThat(pve.summary().eis()).isLessThanOrEqualTo(25);
        // The tender asks all four suitability requirements, so they are lines of their own kind.
        assertThat(pve.summary().geschiktheidseis()).isEqualTo(4);
    }

    @Test
    void theManagedIctTakeoverHasAtMostOneHundredFiftyLines() throws IOException {
        assertThat(pve("managed-ict-takeover.yaml").summary().lines()).isLessThanOrEqualTo(150);
    }

    @Test
    void policeCameraSurveillanceHasAtMostTwoHundredLinesWithAbroAsOneLineAndItsAnnex() throws IOException {
        Pve pve = pve("camera-surveillance-police.yaml");
        assertThat(pve.summary().lines()).isLessThanOrEqualTo(200);
        List<Pve.Line> abro = pve.requirements().stream()
                .filter(l -> l.framework().equals("ABRO") || l.annex() != null && pve.annexOf(l).frameworks().contains("ABRO"))
                .toList();
        assertThat(abro).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo("EW-DECL-ABRO");
            assertThat(line.title()).contains("ABRO 2026", "TBB-niveau 2");
            assertThat(pve.annexEntries(line)).hasSizeGreaterThan(300).allSatisfy(e -> assertThat(e.framework()).isEqualTo("ABRO"));
        });
    }

    @ParameterizedTest
    @MethodSource("examples")
    void inEveryExampleAtMostAThirdOfTheLinesAreEisen(String example) throws IOException {
        Pve pve = pve(example);
        assertThat(pve.summary().eis() * 3).as(example + ": " + pve.summary()).isLessThanOrEqualTo(pve.summary().lines());
        assertThat(pve.requirements()).filteredOn(l -> l.kind() == Kind.EIS).hasSize(pve.summary().eis());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void suitabilityLinesOnlyWhenTheTenderAsksForSuitability(String example) throws IOException {
        Pve pve = pve(example);
        boolean asked = pve.profile().suitability() != null && !pve.profile().suitability().ask().isEmpty();
        assertThat(pve.summary().geschiktheidseis() > 0).as(example).isEqualTo(asked);
    }
}
