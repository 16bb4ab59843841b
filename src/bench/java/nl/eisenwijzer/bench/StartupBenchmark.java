package nl.eisenwijzer.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.eisenwijzer.Eisenwijzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Cold start of the engine: read and validate the catalogue, compile the rules. One shot per fresh JVM. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class StartupBenchmark {

    @Benchmark
    public Eisenwijzer load() {
        return Eisenwijzer.load(List.of(Path.of("catalog")), List.of(Path.of("rules")));
    }
}
