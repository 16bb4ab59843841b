package nl.eisenwijzer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogLoader;
import nl.eisenwijzer.changes.CatalogDiff;
import nl.eisenwijzer.changes.CatalogVersion;
import nl.eisenwijzer.changes.ChangeReport;
import nl.eisenwijzer.changes.ProfileImpact;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.Documents;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "diff", mixinStandardHelpOptions = true, description = "Compare two catalogue versions (directories or git refs) and, with --profiles, "
        + "show which PvE lines each profile gains or loses. Both sides use the same rules, so the difference is "
        + "the catalogue's.")
final class CatalogDiffCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR|GIT-REF", description = "The old catalogue.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DIR|GIT-REF", description = "The new catalogue.")
    String to;

    @Option(names = "--profiles", paramLabel = "DIR", description = "Procurement profiles (*.yaml, *.yml, *.json) to assess.")
    Path profiles;

    @Option(names = "--catalog-path", defaultValue = "catalog", paramLabel = "PATH",
            description = "Where the catalogue lives inside the git repository (default: ${DEFAULT-VALUE}).")
    String catalogPath;

    @Option(names = "--rules-dir", paramLabel = "DIR", split = ",",
            description = "Rules directory (default: ./rules, else the copy in the jar).")
    List<Path> rulesDirs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "md", description = "json or md (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Path here = Path.of("").toAbsolutePath();
        Catalog before = CatalogLoader.load(CatalogVersion.read(from, catalogPath, here, "--from"));
        Catalog after = CatalogLoader.load(CatalogVersion.read(to, catalogPath, here, "--to"));
        List<ProfileImpact> impacts = new ArrayList<>();
        if (profiles != null) {
            RuleBase rules = RuleBase.compile(SourceSet.resolve("rules", rulesDirs));
            Eisenwijzer old = new Eisenwijzer(before, rules, Clock.systemDefaultZone());
            Eisenwijzer now = new Eisenwijzer(after, rules, Clock.systemDefaultZone());
            for (Path file : profileFiles()) {
                impacts.add(ProfileImpact.of(file.getFileName().toString(), Output.read(file, "--profiles"),
                        Format.ofFileName(file.toString()), old, now));
            }
        }
        ChangeReport report = new ChangeReport(CatalogDiff.between(before, after), impacts);
        output.write(Documents.parse("--format", format, List.of(DocumentFormat.JSON, DocumentFormat.MD)) == DocumentFormat.MD
                ? report.markdown() : Json.write(report));
        return 0;
    }

    private List<Path> profileFiles() {
        if (!Files.isDirectory(profiles)) {
            throw new SourceException("--profiles: " + profiles + " is not a directory");
        }
        try (Stream<Path> list = Files.list(profiles)) {
            return list.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        } catch (IOException e) {
            throw new SourceException("--profiles: cannot read " + profiles + ": " + e.getMessage());
        }
    }
}
