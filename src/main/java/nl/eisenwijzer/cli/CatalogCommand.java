package nl.eisenwijzer.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.CatalogQuery;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.report.CatalogListing;
import nl.eisenwijzer.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catalog", description = "List the catalogue's requirements, both languages, as stored.",
        subcommands = CatalogDiffCommand.class)
final class CatalogCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    @Option(names = "--framework", paramLabel = "ID", description = "Only this framework (e.g. NIS2, BIO2).")
    String framework;

    @Option(names = "--domain", paramLabel = "ID", description = "Only this domain (e.g. identity-access).")
    String domain;

    @Option(names = "--product-type", paramLabel = "ID", description = "Only requirements that concern this product type.")
    String productType;

    @Option(names = "--format", defaultValue = "json", description = "json or md (default: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Override
    public Integer call() {
        Eisenwijzer eisenwijzer = engine.load();
        List<Requirement> requirements = new CatalogQuery(framework, domain, productType).apply(eisenwijzer.catalog());
        CatalogListing listing = CatalogListing.of(eisenwijzer.catalog(), requirements);
        String rendered = format == DocumentFormat.md ? listing.markdown(eisenwijzer.catalog()) : Json.write(listing);
        output.write(rendered);
        return 0;
    }
}
