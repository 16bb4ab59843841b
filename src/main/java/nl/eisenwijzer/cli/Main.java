package nl.eisenwijzer.cli;

import java.io.PrintWriter;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.sources.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The executable jar's entry point. Exit codes: 0 success, 1 internal error (or failing rule cases),
 * 2 bad input or a broken catalogue/rule file, always with a plain message on stderr and no stack trace.
 */
@Command(name = "eisenwijzer", mixinStandardHelpOptions = true, version = "Eisenwijzer 0.1.0",
        description = "Security requirements for government purchasing: Programma van Eisen, catalogue, rule cases.",
        subcommands = {PveCommand.class, GapCommand.class, NatsecCommand.class, CatalogCommand.class, TestCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        // Named from the model, so that a command added later cannot be left out here.
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (!ServeCommand.serving) {
            System.exit(code);
        }
    }

    /** Runs a command line with the given streams; the exit code is returned, not acted on. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((e, arguments) -> {
            // The help of the command the mistake is in: "see --help" alone reads as the top level's.
            err.println("eisenwijzer: " + e.getMessage() + " (see " + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException || e instanceof SourceException) {
                err.println("eisenwijzer: " + e.getMessage());
                return BAD_INPUT;
            }
            err.println("eisenwijzer: internal error: " + e);
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }
}
