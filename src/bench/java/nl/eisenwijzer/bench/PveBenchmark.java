package nl.eisenwijzer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogLoader;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.TraitDefinition;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.sources.SourceSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per PvE (warm, sampled: read the p0.50 line for the median) on the bundled catalogue and on a
 * generated catalogue of 10,000 requirements, for the largest example profile. Run with
 * {@code mvn -q -Pbench -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PveBenchmark {

    @Param({"bundled", "generated-10000"})
    public String catalog;

    private Eisenwijzer engine;
    private ProcurementProfile profile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Catalog bundled = CatalogLoader.load(SourceSet.fromDirectories(List.of(Path.of("catalog"))));
        Catalog used = catalog.equals("bundled") ? bundled : generated(bundled, 10_000);
        RuleBase rules = RuleBase.compile(SourceSet.fromDirectories(List.of(Path.of("rules"))));
        engine = new Eisenwijzer(used, rules, Clock.systemDefaultZone());
        profile = engine.readProfile(Files.readString(Path.of("examples/managed-ict-takeover.yaml")), Format.YAML);
    }

    @Benchmark
    public Pve pve() {
        return engine.pve(profile, Language.NL);
    }

    /**
     * The bundled catalogue plus synthetic requirements up to {@code size}: copies of real entries under
     * new ids, each with one or two random traits as its condition, so selection does real work.
     */
    static Catalog generated(Catalog base, int size) {
        Random random = new Random(42);
        List<String> traits = base.traits().stream().map(TraitDefinition::id).toList();
        List<Requirement> requirements = new ArrayList<>(base.requirements());
        // Templates whose text a rule fills in ({abroLevel}) or that declare a framework need their rules' facts;
        // plain requirements do not.
        List<Requirement> templates = base.requirements().stream()
                .filter(r -> r.covers().isEmpty() && !r.text().nl().contains("{")).toList();
        for (int i = requirements.size(); i < size; i++) {
            Requirement template = templates.get(random.nextInt(templates.size()));
            Set<String> condition = new LinkedHashSet<>();
            condition.add(traits.get(random.nextInt(traits.size())));
            if (random.nextBoolean()) {
                condition.add(traits.get(random.nextInt(traits.size())));
            }
            // Own lines: no topic, no parent, no annex, so each generated entry that applies is a line of its own.
            requirements.add(new Requirement(String.format("EW-GEN-%05d", i), "EW", template.domain(), template.title(),
                    template.text(), template.strength(), template.subject(), List.of(String.join(" & ", condition)),
                    List.of(), null, null, List.of(), template.evidence(), template.source(), List.of(), null, null, null,
                    null, null, null));
        }
        return new Catalog(base.info(), base.frameworks(), base.domains(), base.traits(), base.productTypes(),
                base.evidenceTypes(), base.topics(), List.copyOf(base.scoringScales().values()), requirements, base.roadmap(), base.natsec(), "generated-" + size);
    }
}
