package nl.eisenwijzer.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.CatalogQuery;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.Documents;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.report.CatalogListing;
import nl.eisenwijzer.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "List the catalogue's requirements, both languages, as stored.",
        subcommands = CatalogDiffCommand.class)
final class CatalogCommand implements Callable<Integer> {

    private static final List<DocumentFormat> CATALOG_FORMATS = List.of(DocumentFormat.JSON, DocumentFormat.MD, DocumentFormat.OSCAL);

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

    @Option(names = "--format", defaultValue = "json", description = "json, md or oscal (the whole catalogue as an OSCAL catalog) (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        DocumentFormat documentFormat = Documents.parse("--format", format, CATALOG_FORMATS);
        if (documentFormat == DocumentFormat.OSCAL && (framework != null || domain != null || productType != null)) {
            throw new InvalidInputException("--format", "--format oscal exports the whole catalogue as one OSCAL catalog; "
                    + "leave out --framework, --domain and --product-type (an OSCAL profile selects from it)");
        }
        Eisenwijzer eisenwijzer = engine.load();
        if (documentFormat == DocumentFormat.OSCAL) {
            output.write(eisenwijzer.documents().oscalCatalog());
            return 0;
        }
        List<Requirement> requirements = new CatalogQuery(framework, domain, productType).apply(eisenwijzer.catalog());
        CatalogListing listing = CatalogListing.of(eisenwijzer.catalog(), requirements);
        String rendered = documentFormat == DocumentFormat.MD ? listing.markdown(eisenwijzer.catalog()) : Json.write(listing);
        output.write(rendered);
        return 0;
    }
}
