package nl.eisenwijzer.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * The compiled rules: every {@code *.drl} under the rules directories, built once with the executable model
 * into the KieBases that {@code rules/kmodule.xml} declares, one per {@link Pipeline}. Each run gets a fresh
 * session of its pipeline ({@link #fire}), which is disposed before the facts are handed back. Compile errors
 * are mapped back to file and line and stop the start-up.
 */
public final class RuleBase {

    /** KieFileSystem only compiles what lies under this prefix; anything else is silently dropped. */
    private static final String KIE_ROOT = "src/main/resources/";
    static final String KMODULE = "kmodule.xml";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final Map<Pipeline, KieBase> kieBases;
    private final String digest;

    private RuleBase(Map<Pipeline, KieBase> kieBases, String digest) {
        this.kieBases = kieBases;
        this.digest = digest;
    }

    public static RuleBase compile(SourceSet sources) {
        List<SourceFile> drl = sources.withSuffix(".drl");
        if (drl.isEmpty()) {
            throw new SourceException(sources.origin() + ": no .drl files");
        }
        SourceFile kmodule = kmodule(sources);
        checkPackages(drl, kmodule);
        KieServices services = KieServices.get();
        // A release id of its own per build: tests and the benchmark build several rule bases in one JVM.
        ReleaseId releaseId = services.newReleaseId("nl.eisenwijzer.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.writeKModuleXML(kmodule.content());
        Map<String, SourceFile> byKiePath = new LinkedHashMap<>();
        for (SourceFile file : drl) {
            SourceFile clash = byKiePath.put(kiePath(file), file);
            if (clash != null) {
                throw new SourceException(file.path() + ": same relative path as " + clash.path()
                        + "; give an organisation's rule file a name of its own");
            }
        }
        byKiePath.forEach((path, file) -> files.write(path, file.content()));

        KieBuilder builder;
        try {
            builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // A kmodule.xml that does not parse surfaces here, not as a build message.
            throw new SourceException(kmodule.path() + ": " + e.getMessage());
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Message error : errors) {
                lines.add(describe(error, byKiePath, kmodule));
            }
            throw new SourceException("the rules do not compile (" + errors.size() + " error(s)):\n  "
                    + String.join("\n  ", lines.stream().distinct().toList()));
        }
        KieContainer container = services.newKieContainer(releaseId);
        Map<Pipeline, KieBase> kieBases = new EnumMap<>(Pipeline.class);
        for (Pipeline pipeline : Pipeline.values()) {
            if (!container.getKieBaseNames().contains(pipeline.kieBase())) {
                throw new SourceException(kmodule.path() + ": no kbase named '" + pipeline.kieBase() + "'; the "
                        + "pipelines are " + String.join(", ", java.util.Arrays.stream(Pipeline.values())
                                .map(Pipeline::kieBase).toList()));
            }
            kieBases.put(pipeline, container.getKieBase(pipeline.kieBase()));
        }
        // The container holds the compiled module; the global repository need not keep it too.
        services.getRepository().removeKieModule(releaseId);
        return new RuleBase(kieBases, sources.digest(".drl", "/" + KMODULE));
    }

    /** The one kmodule.xml at the top of the rules: an extension directory adds rules, not pipelines. */
    private static SourceFile kmodule(SourceSet sources) {
        List<SourceFile> found = sources.withSuffix("/" + KMODULE);
        if (found.isEmpty()) {
            throw new SourceException(sources.origin() + ": " + KMODULE + " is missing; it declares the pipelines "
                    + "(see the bundled rules/" + KMODULE + ")");
        }
        if (found.size() > 1) {
            throw new SourceException(found.get(1).path() + ": a second " + KMODULE + " (first: " + found.get(0).path()
                    + "); an extension adds rules to the pipelines of the first");
        }
        return found.get(0);
    }

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", java.util.regex.Pattern.MULTILINE);

    /**
     * Every DRL file must be in a package a pipeline takes: the executable model quietly leaves out a file
     * whose package no KieBase lists, and a rule that never fires is worse than one that does not compile.
     */
    private static void checkPackages(List<SourceFile> drl, SourceFile kmodule) {
        java.util.Set<String> taken = new java.util.TreeSet<>(PipelinePackages.read(kmodule).values().stream()
                .flatMap(List::stream).toList());
        for (SourceFile file : drl) {
            java.util.regex.Matcher matcher = PACKAGE.matcher(file.content());
            if (!matcher.find()) {
                throw new SourceException(file.path() + ":1: no package declaration; a rule file's package names "
                        + "the stage it belongs to: " + String.join(", ", taken));
            }
            String pkg = matcher.group(1);
            if (!taken.contains(pkg)) {
                int line = (int) file.content().substring(0, matcher.start(1)).chars().filter(c -> c == '\n').count() + 1;
                throw new SourceException(file.path() + ":" + line + ": package '" + pkg + "' is in no pipeline of "
                        + kmodule.path() + "; allowed: " + String.join(", ", taken));
            }
        }
    }

    /**
     * Where a rule file goes in the KieFileSystem: under {@code eisenwijzer/} with its path below the rules
     * directory, so that folder {@code pve/selection/} matches the DRL package {@code eisenwijzer.pve.selection}.
     */
    private static String kiePath(SourceFile file) {
        return KIE_ROOT + "eisenwijzer/" + file.path().substring(file.path().indexOf('/') + 1);
    }

    private static String describe(Message error, Map<String, SourceFile> byKiePath, SourceFile kmodule) {
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
        if (file == null && error.getPath() != null && error.getPath().endsWith(KMODULE)) {
            file = kmodule;
        }
        String where = file != null ? file.path() : (error.getPath() == null ? "rules" : error.getPath());
        return where + (error.getLine() > 0 ? ":" + error.getLine() : "") + ": " + text;
    }

    /**
     * Runs one pipeline over the given facts in a fresh session and returns everything the session holds
     * afterwards (the facts given and the facts derived), gathered by type.
     *
     * @param maxFirings a rule set that keeps firing past this is looping: stop rather than hang a request
     */
    public SessionFacts fire(Pipeline pipeline, Collection<?> facts, int maxFirings) {
        KieSession session = kieBases.get(pipeline).newKieSession();
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw new IllegalStateException("the " + pipeline.kieBase() + " rules fired " + fired
                        + " times without settling; a rule loops");
            }
            return new SessionFacts(session);
        } finally {
            session.dispose();
        }
    }

    /** SHA-256 over the rule files and the pipeline declaration, part of every fingerprint. */
    public String digest() {
        return digest;
    }

    /** The number of rules in a pipeline. */
    public int ruleCount(Pipeline pipeline) {
        return kieBases.get(pipeline).getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }
}
