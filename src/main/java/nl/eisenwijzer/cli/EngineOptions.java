package nl.eisenwijzer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import picocli.CommandLine.Option;

/** Where catalogue and rules come from; shared by every command that needs the engine. */
final class EngineOptions {

    @Option(names = "--catalog-dir", paramLabel = "DIR", split = ",",
            description = "Catalogue directory (default: ./catalog, else the copy in the jar). Repeat to add directories.")
    List<Path> catalogDirs = new ArrayList<>();

    @Option(names = "--rules-dir", paramLabel = "DIR", split = ",",
            description = "Rules directory (default: ./rules, else the copy in the jar). Repeat to add directories.")
    List<Path> rulesDirs = new ArrayList<>();

    Eisenwijzer load() {
        return Eisenwijzer.load(catalogDirs, rulesDirs);
    }
}
