package nl.eisenwijzer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --out FILE} for commands that write a document; without it the document goes to standard output. */
final class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    void write(String content) {
        Output.write(content, out, spec.commandLine().getOut());
    }
}
