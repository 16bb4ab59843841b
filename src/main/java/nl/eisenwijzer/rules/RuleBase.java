package nl.eisenwijzer.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceFile;
import nl.eisenwijzer.sources.SourceSet;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The compiled rules: every {@code *.drl} under the rules directories, built once with the executable
 * model and shared by all requests. Each request gets a fresh session ({@link #newSession()}), which the
 * caller disposes. Compile errors are mapped back to file and line and stop the start-up.
 */
public final class RuleBase {

    /** KieFileSystem only compiles what lies under this prefix; anything else is silently dropped. */
    private static final String KIE_ROOT = "src/main/resources/";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KieBase kieBase;
    private final String digest;
    private final int ruleCount;

    private RuleBase(KieBase kieBase, String digest) {
        this.kieBase = kieBase;
        this.digest = digest;
        this.ruleCount = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    public static RuleBase compile(SourceSet sources) {
        List<SourceFile> drl = sources.withSuffix(".drl");
        if (drl.isEmpty()) {
            throw new SourceException(sources.origin() + ": no .drl files");
        }
        KieServices services = KieServices.get();
        // A release id of its own per build: tests and the benchmark build several rule bases in one JVM.
        ReleaseId releaseId = services.newReleaseId("nl.eisenwijzer.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, SourceFile> byKiePath = new java.util.LinkedHashMap<>();
        for (SourceFile file : drl) {
            SourceFile clash = byKiePath.put(kiePath(file), file);
            if (clash != null) {
                throw new SourceException(file.path() + ": same relative path as " + clash.path()
                        + "; give an organisation's rule file a name of its own");
            }
        }
        byKiePath.forEach((path, file) -> files.write(path, file.content()));

        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Message error : errors) {
                lines.add(describe(error, byKiePath));
            }
            throw new SourceException("the rules do not compile (" + errors.size() + " error(s)):\n  "
                    + String.join("\n  ", lines.stream().distinct().toList()));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        // The container holds the compiled module; the global repository need not keep it too.
        services.getRepository().removeKieModule(releaseId);
        return new RuleBase(kieBase, sources.digest(".drl"));
    }

    /**
     * Where a rule file goes in the KieFileSystem: under {@code eisenwijzer/} with its path below the rules
     * directory, so that folder {@code selection/} matches the DRL package {@code eisenwijzer.selection}.
     */
    private static String kiePath(SourceFile file) {
        return KIE_ROOT + "eisenwijzer/" + file.path().substring(file.path().indexOf('/') + 1);
    }

    private static String describe(Message error, Map<String, SourceFile> byKiePath) {
        String text = error.getText() == null ? "" : error.getText().strip().replaceAll("\\s+", " ");
        // The executable model reports errors in generated Java with the whole generated source attached.
        if (text.length() > 300) {
            text = text.substring(0, 300) + " …";
        }
        SourceFile file = error.getPath() == null ? null : byKiePath.get(error.getPath());
        if (file == null && error.getPath() != null) {
            file = byKiePath.entrySet().stream().filter(e -> e.getKey().endsWith(error.getPath())
                    || error.getPath().endsWith(e.getValue().path())).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        String where = file != null ? file.path() : (error.getPath() == null ? "rules" : error.getPath());
        return where + (error.getLine() > 0 ? ":" + error.getLine() : "") + ": " + text;
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** SHA-256 over the rule files, part of every PvE fingerprint. */
    public String digest() {
        return digest;
    }

    public int ruleCount() {
        return ruleCount;
    }
}
