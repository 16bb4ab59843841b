package nl.eisenwijzer.cli;

import java.util.concurrent.Callable;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.api.EisenwijzerServer;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the REST API (default port 8080).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: 8080, or server.port).")
    Integer port;

    /** Set once the server runs, so that main() leaves the JVM to the server instead of exiting. */
    static volatile boolean serving;

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65535)) {
            throw new nl.eisenwijzer.input.InvalidInputException("--port", "--port: " + port + " is not a port (0 to 65535)");
        }
        // The first PDF a user asks for need not wait for the renderer to load.
        Documents.prepare(DocumentFormat.PDF);
        // Load first: a broken catalogue or rule file stops here with file and line, before Spring starts.
        Eisenwijzer eisenwijzer = engine.load();
        EisenwijzerServer.start(eisenwijzer, port);
        serving = true;
        return 0;
    }
}
