package nl.eisenwijzer;

import java.nio.file.Path;
import java.util.List;

/**
 * The real catalogue and rules of this repository, loaded once per test JVM: compiling the rules takes
 * seconds, and the production code builds its engine once too.
 */
public final class TestEngine {

    public static final Path CATALOG = Path.of("catalog");
    public static final Path RULES = Path.of("rules");
    public static final Path EXAMPLES = Path.of("examples");

    private static Eisenwijzer engine;

    private TestEngine() {
    }

    public static synchronized Eisenwijzer get() {
        if (engine == null) {
            engine = Eisenwijzer.load(List.of(CATALOG), List.of(RULES));
        }
        return engine;
    }
}
