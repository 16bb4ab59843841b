package nl.eisenwijzer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.profile.ProcurementProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per request (warm, sampled: read the p0.50 line for the median) for the two report paths on the
 * bundled catalogue: a gap report for the three Velsen bidders (PvE selection plus one session per bidder),
 * and the national-security test for the camera-surveillance chain. Run with {@code mvn -q -Pbench -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ReportBenchmark {

    private static final List<String> REALISABLE = List.of("NS-UPDATE-CONTROL", "NS-CODE-HARDWARE-REVIEW", "NS-EXIT-PLAN",
            "NS-NO-REMOTE-NON-EU", "NS-SCREENING", "NS-SEGMENT-MONITOR");

    private Eisenwijzer engine;
    private ProcurementProfile velsen;
    private ProcurementProfile velsenAward;
    private nl.eisenwijzer.award.Evaluation evaluation;
    private List<SupplierDossier> bidders;
    private ProcurementProfile camera;
    private SupplierDossier cameraBidder;
    private Answers answers;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = Eisenwijzer.load(List.of(Path.of("catalog")), List.of(Path.of("rules")));
        velsen = engine.readProfile(Files.readString(Path.of("examples/velsen-awareness.yaml")), Format.YAML);
        velsenAward = engine.readProfile(Files.readString(Path.of("examples/velsen-award.yaml")), Format.YAML);
        evaluation = engine.readEvaluation(Files.readString(Path.of("examples/evaluations/velsen-evaluation.yaml")), Format.YAML);
        bidders = new ArrayList<>();
        for (String name : List.of("velsen-compliant.yaml", "velsen-excluded.yaml", "velsen-conditional.yaml")) {
            bidders.add(read("examples/suppliers/" + name, SupplierDossier.class));
        }
        camera = engine.readProfile(Files.readString(Path.of("examples/camera-surveillance-police.yaml")), Format.YAML);
        cameraBidder = read("examples/suppliers/camera-bidder.yaml", SupplierDossier.class);
        answers = read("examples/natsec/camera-answers.yaml", Answers.class);
    }

    private static <T> T read(String path, Class<T> type) throws Exception {
        return StrictReader.read(Files.readString(Path.of(path)), Format.YAML, type);
    }

    @Benchmark
    public GapReport gapReportThreeBidders() {
        GapAssessor gaps = engine.gaps();
        return gaps.assess(gaps.target(velsen, Language.NL), bidders, Language.NL, "suppliers[%d]");
    }

    /** The same three bidders with the tender's award section and the committee's judgments: gap and award sessions. */
    @Benchmark
    public GapReport awardThreeBidders() {
        GapAssessor gaps = engine.gaps();
        return gaps.assess(gaps.target(velsenAward, Language.NL), bidders, evaluation, Language.NL, "suppliers[%d]");
    }

    @Benchmark
    public NatsecReport nationalSecurityTest() {
        return engine.natsec().assess(camera, cameraBidder, answers, REALISABLE, Language.NL, "supplier");
    }
}
