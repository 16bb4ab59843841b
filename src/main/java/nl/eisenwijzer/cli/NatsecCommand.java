package nl.eisenwijzer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.Documents;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.profile.ProcurementProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "natsec", mixinStandardHelpOptions = true, description = "Run the national-security test (questions 1, 2, 3A, 3B) over a bidder, its "
        + "owners, subcontractors and component suppliers: outcome, reasons, legal route, measures for the PvE.")
final class NatsecCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    @Mixin
    ProfileOptions purchase;

    @Option(names = "--supplier", required = true, paramLabel = "FILE",
            description = "The bidder's dossier with ownership, subcontractors and components, YAML or JSON (.json).")
    Path supplier;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Answers a person confirms or overrides, each with a justification: q1, q2, q3a, q3b for the "
                    + "bidder, and parties: {NAME: {q1: …}} for subcontractors and components.")
    Path answers;

    @Option(names = "--measures", split = ",", paramLabel = "ID",
            description = "Control measures the buyer can realise (catalog/measures.yaml); without it question 3B stays unknown.")
    List<String> measures;

    @Option(names = "--format", defaultValue = "json", description = "json, md, html or pdf (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        Language language = purchase.language();
        DocumentFormat documentFormat = Documents.parse("--format", format, Documents.NATSEC);
        Documents.prepare(documentFormat);
        String profileContent = purchase.content();
        String dossierContent = Output.read(supplier, "--supplier");
        String answersContent = answers == null ? null : Output.read(answers, "--answers");
        Eisenwijzer eisenwijzer = engine.load();
        ProcurementProfile profile = purchase.parse(eisenwijzer, profileContent);
        SupplierDossier dossier = read(dossierContent, supplier, "--supplier", SupplierDossier.class);
        Answers confirmed = answersContent == null ? null : read(answersContent, answers, "--answers", Answers.class);
        NatsecReport report;
        try {
            report = eisenwijzer.natsec().assess(profile, dossier, confirmed, measures, language, "supplier");
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), optionFor(e.field()) + e.getMessage(), e.allowedValues());
        }
        output.write(eisenwijzer.documents().natsec(report, documentFormat));
        return 0;
    }

    private static <T> T read(String content, Path file, String option, Class<T> type) {
        try {
            return StrictReader.read(content, Format.ofFileName(file.toString()), type);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), option + " " + file + ": " + e.getMessage(), e.allowedValues());
        }
    }

    private String optionFor(String field) {
        if (field.startsWith("answers")) {
            return "--answers " + answers + ": ";
        }
        if (field.startsWith("realisableMeasures")) {
            return "--measures: ";
        }
        return "--supplier " + supplier + ": ";
    }
}
