package nl.eisenwijzer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.cases.CaseRunner;
import nl.eisenwijzer.sources.SourceSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", mixinStandardHelpOptions = true, description = "Run the *.cases.yaml beside the rules; exit 1 when a case fails.")
final class TestCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rules directory whose cases to run (default: the "
            + "rules in use). With --rules-dir, DIR is compiled together with those directories, so an extension's "
            + "cases run against the bundled rules plus the extension.")
    Path directory;

    @Override
    public Integer call() {
        if (directory != null && !engine.rulesDirs.contains(directory)) {
            engine.rulesDirs = new java.util.ArrayList<>(engine.rulesDirs);
            engine.rulesDirs.add(directory);
        }
        Eisenwijzer eisenwijzer = engine.load();
        SourceSet rules = directory != null ? SourceSet.fromDirectories(List.of(directory))
                : SourceSet.resolve("rules", engine.rulesDirs);
        List<CaseRunner.Outcome> outcomes = new CaseRunner(eisenwijzer).runAll(rules);
        List<String> missing = CaseRunner.drlWithoutCases(rules);
        spec.commandLine().getOut().print(CaseRunner.report(outcomes, missing));
        spec.commandLine().getOut().flush();
        boolean passed = missing.isEmpty() && outcomes.stream().allMatch(CaseRunner.Outcome::passed);
        return passed ? 0 : 1;
    }
}
