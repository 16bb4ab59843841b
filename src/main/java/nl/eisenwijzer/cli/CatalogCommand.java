package nl.eisenwijzer.cli;

import java.util.ArrayList;
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

    // The same notation as the API's filters: comma-separated, repeated, or both; OR within an option, AND across.
    @Option(names = "--framework", paramLabel = "ID", split = ",",
            description = "Only these frameworks (e.g. NIS2 or AVG,BIO2); repeat or separate with commas.")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "ID", split = ",",
            description = "Only these domains (e.g. identity-access); repeat or separate with commas.")
    List<String> domains = new ArrayList<>();

    @Option(names = "--product-type", paramLabel = "ID", split = ",",
            description = "Only requirements that concern one of these product types; repeat or separate with commas.")
    List<String> productTypes = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", description = "json, md or oscal (the whole catalogue as an OSCAL catalog) (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        DocumentFormat documentFormat = Documents.parse("--format", format, CATALOG_FORMATS);
        CatalogQuery query = new CatalogQuery(frameworks, domains, productTypes);
        if (documentFormat == DocumentFormat.OSCAL && !query.isEmpty()) {
            throw new InvalidInputException("--format", "--format oscal exports the whole catalogue as one OSCAL catalog; "
                    + "leave out --framework, --domain and --product-type (an OSCAL profile selects from it)");
        }
        Eisenwijzer eisenwijzer = engine.load();
        if (documentFormat == DocumentFormat.OSCAL) {
            output.write(eisenwijzer.documents().oscalCatalog());
            return 0;
        }
        List<Requirement> requirements = query.apply(eisenwijzer.catalog());
        CatalogListing listing = CatalogListing.of(eisenwijzer.catalog(), requirements);
        String rendered = documentFormat == DocumentFormat.MD ? listing.markdown(eisenwijzer.catalog()) : Json.write(listing);
        output.write(rendered);
        return 0;
    }
}
