package nl.eisenwijzer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.award.Evaluation;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.DossierFiles;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.Documents;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gap", mixinStandardHelpOptions = true, description = "Check supplier dossiers against the PvE of a procurement profile: status per "
        + "requirement, suitability, verdict, roadmap; with several suppliers a matrix and a ranking.")
final class GapCommand implements Callable<Integer> {

    /** How the report names the i-th --supplier's dossier, as the API names the i-th of its suppliers. */
    private static final String SUPPLIER_FIELD = "suppliers[%d]";

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    @Mixin
    ProfileOptions purchase;

    @Option(names = "--supplier", required = true, paramLabel = "FILE",
            description = "A supplier dossier: YAML, JSON (.json) or a filled-in answer sheet (.xlsx, from pve --format xlsx); "
                    + "repeat for several bidders.")
    List<Path> suppliers;

    @Option(names = "--evaluation", paramLabel = "FILE",
            description = "The evaluation committee's judgments on the award's quality criteria (YAML or JSON: judgments, "
                    + "and a recorded draw), scored with the profile's award section.")
    Path evaluation;

    @Option(names = "--format", defaultValue = "json", description = "json, md, docx (Word), html, pdf, csv (requirements x bidders) or oscal (OSCAL assessment-results) "
            + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Language language = purchase.language();
        DocumentFormat documentFormat = Documents.parse("--format", format, Documents.GAP);
        Documents.prepare(documentFormat);
        String profileContent = purchase.content();
        List<byte[]> dossierContents = new ArrayList<>();
        for (Path supplier : suppliers) {
            dossierContents.add(Output.readBytes(supplier, "--supplier"));
        }
        byte[] evaluationContent = evaluation == null ? null : Output.readBytes(evaluation, "--evaluation");
        Eisenwijzer eisenwijzer = engine.load();
        ProcurementProfile parsed = purchase.parse(eisenwijzer, profileContent);
        GapAssessor gaps = eisenwijzer.gaps();
        GapAssessor.Target target = gaps.target(parsed, language);
        List<SupplierDossier> dossiers = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            Path file = suppliers.get(i);
            try {
                SupplierDossier dossier = DossierFiles.read(eisenwijzer.catalog(), gaps.dossierReader(), file.toString(),
                        dossierContents.get(i));
                dossiers.add(gaps.dossierReader().validate(dossier, target.requirementIds(), target.annexedOn()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), "--supplier " + file + ": " + e.getMessage(), e.allowedValues());
            }
        }
        DossierFiles.requireDistinctNames(dossiers, suppliers.stream().map(Path::toString).toList(), "--supplier ");
        GapReport report;
        try {
            Evaluation judged = evaluation == null ? null : eisenwijzer.readEvaluation(
                    new String(evaluationContent, java.nio.charset.StandardCharsets.UTF_8), Format.ofFileName(evaluation.toString()));
            report = gaps.assess(target, dossiers, judged, language, SUPPLIER_FIELD);
        } catch (InvalidInputException e) {
            // Errors in the committee's file name it; errors in the dossiers already name theirs.
            boolean inEvaluation = evaluation != null && !e.field().startsWith(SUPPLIER_FIELD.substring(0, 9));
            if (!inEvaluation) {
                throw e;
            }
            throw new InvalidInputException(e.field(), "--evaluation " + evaluation + ": " + e.getMessage(), e.allowedValues());
        }
        // On stderr, one line each: the user sees them, and the report written to stdout or --out stays the report.
        for (GapReport.Deprecation d : report.deprecations()) {
            Path file = suppliers.get(IntStream.range(0, suppliers.size())
                    .filter(i -> d.field().startsWith(String.format(SUPPLIER_FIELD, i) + ".")).findFirst().orElseThrow());
            spec.commandLine().getErr().println("eisenwijzer: deprecated: " + d.field() + " (--supplier " + file + "): "
                    + d.explanation());
        }
        output.write(eisenwijzer.documents().gap(report, documentFormat));
        return 0;
    }
}
