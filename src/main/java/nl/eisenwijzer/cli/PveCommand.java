package nl.eisenwijzer.cli;

import java.util.concurrent.Callable;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.Documents;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pve", mixinStandardHelpOptions = true, description = "Build the Programma van Eisen for a procurement profile.")
final class PveCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    @Mixin
    ProfileOptions purchase;

    @Option(names = "--format", defaultValue = "json", description = "json, md, docx (Word annex), xlsx (answer sheet), html, pdf, csv or oscal (OSCAL profile) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--measures", split = ",", paramLabel = "ID",
            description = "Control measures chosen after the national-security test (catalog/measures.yaml), added "
                    + "to the profile's controlMeasures: their requirements enter the PvE as eisen (requirements).")
    java.util.List<String> measures = new java.util.ArrayList<>();

    @Option(names = "--ungrouped", description = "One line per selected catalogue requirement, before grouping (topics, sub-points, annexes) and before the profile's tailoring: for checking what the rules selected.")
    boolean ungrouped;

    @Override
    public Integer call() {
        Language language = purchase.language();
        DocumentFormat documentFormat = Documents.parse("--format", format, Documents.PVE);
        Documents.prepare(documentFormat);
        String content = purchase.content();
        Eisenwijzer eisenwijzer = engine.load();
        ProcurementProfile parsed = purchase.parse(eisenwijzer, content, measures);
        Pve pve = eisenwijzer.pve(parsed, language, !ungrouped);
        output.write(eisenwijzer.documents().pve(pve, documentFormat));
        return 0;
    }


}
