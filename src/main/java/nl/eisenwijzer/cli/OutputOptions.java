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

    /** A text document may go to standard output; a binary one (docx, xlsx, pdf) needs a file. */
    void write(nl.eisenwijzer.documents.Document document) {
        if (out == null && document.format().binary()) {
            throw new nl.eisenwijzer.input.InvalidInputException("--out", "--format " + document.format().wire()
                    + " writes a binary file; give --out FILE, for example --out " + document.fileName());
        }
        if (out == null) {
            write(new String(document.content(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            Output.write(document.content(), out);
        }
    }
}
