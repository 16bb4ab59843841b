package nl.eisenwijzer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eisenwijzer.api.DocumentResponses;
import nl.eisenwijzer.award.Evaluation;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.documents.DossierFiles;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.Tender;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bidders: the filled-in answer sheets (xlsx) or dossiers (YAML/JSON) of one or more bidders against the
 * tender's PvE, with the evaluation committee's judgments when the tender awards on its own criteria, as a gap
 * report on the page (the ranking and the award advice beside the verdicts) or as PDF or Word. The files live in
 * memory for this one request; they are never stored or logged, so a report is made again from the files when it
 * is asked again.
 */
@Controller
class BiddersPageController {

    private final TenderPages tenders;
    private final MessageSource messages;

    /** The form field of the committee's file, and the start of the fields its errors name. */
    private static final String EVALUATION = "evaluation";

    BiddersPageController(TenderPages tenders, MessageSource messages) {
        this.tenders = tenders;
        this.messages = messages;
    }

    @GetMapping("/aanbestedingen/{id}/inschrijvers")
    String form(Editor editor, @PathVariable UUID id, Model model) {
        model.addAttribute("tender", tenders.tender(editor, id));
        model.addAttribute("errors", Map.of());
        return "bidders";
    }

    @PostMapping("/aanbestedingen/{id}/inschrijvers")
    Object assess(Editor editor, @PathVariable UUID id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = EVALUATION, required = false) MultipartFile evaluationFile,
            @RequestParam(defaultValue = "screen") String output, Model model, Locale locale) throws IOException {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        model.addAttribute("tender", tender);
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (given.isEmpty()) {
            model.addAttribute("errors", Map.of("files", texts.get("error.required.files")));
            return "bidders";
        }
        TenderPages.Built built = tenders.build(ProfileTree.of(tender.profile()), texts.language());
        if (!built.ready()) {
            model.addAttribute("errors", Map.of("files", texts.get("error.tenderIncomplete")));
            return "bidders";
        }
        GapAssessor gaps = tenders.engine().gaps();
        GapAssessor.Target target = gaps.target(built.profile(), texts.language());
        List<SupplierDossier> dossiers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (MultipartFile file : given) {
                String name = file.getOriginalFilename() == null ? "?" : file.getOriginalFilename();
                names.add(name);
                try {
                    SupplierDossier dossier = DossierFiles.read(tenders.engine().catalog(), gaps.dossierReader(), name,
                            file.getBytes());
                    dossiers.add(gaps.dossierReader().validate(dossier, target.requirementIds(), target.annexedOn()));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(e.field(), name + ": " + e.getMessage(), e.allowedValues());
                }
            }
            DossierFiles.requireDistinctNames(dossiers, names, "");
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of("files", texts.get("error.file", names.get(names.size() - 1)) + " "
                    + InputErrors.describe(e, texts)));
            return "bidders";
        }
        if (evaluationFile != null && !evaluationFile.isEmpty() && !yamlOrJson(evaluationFile.getOriginalFilename())) {
            model.addAttribute("errors", Map.of(EVALUATION, texts.get("error.file", evaluationFile.getOriginalFilename()) + " "
                    + texts.get("error.evaluation.format")));
            return "bidders";
        }
        GapReport report;
        try {
            report = gaps.assess(target, dossiers, evaluation(evaluationFile), texts.language(), "files[%d]");
        } catch (InvalidInputException e) {
            // The committee's file is read and checked against the tender and the bidders here; its errors stand beside it.
            if (!e.field().startsWith(EVALUATION)) {
                throw e;
            }
            model.addAttribute("errors", Map.of(EVALUATION, texts.get("error.file", evaluationFile.getOriginalFilename()) + " "
                    + InputErrors.describe(e, texts)));
            return "bidders";
        }
        return switch (output) {
            case "pdf" -> DocumentResponses.of(tenders.engine().documents().gap(report, DocumentFormat.PDF));
            case "docx" -> DocumentResponses.of(tenders.engine().documents().gap(report, DocumentFormat.DOCX));
            default -> {
                model.addAttribute("report", report);
                model.addAttribute("ranking", report.award() == null ? null : RankingView.of(report.award(), texts.language()));
                model.addAttribute("reportBody", ReportBody.of(tenders.engine().documents().gap(report, DocumentFormat.HTML)));
                model.addAttribute("errors", Map.of());
                yield "bidders";
            }
        };
    }

    /**
     * The committee's judgments from the file field, or null when none is chosen. Errors name the field in the
     * file ({@code evaluation.judgments[0].rating}), as the engine names those it finds against the tender.
     */
    private Evaluation evaluation(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return tenders.engine().readEvaluation(new String(file.getBytes(), StandardCharsets.UTF_8),
                    Format.ofFileName(file.getOriginalFilename()));
        } catch (InvalidInputException e) {
            String field = e.field().isEmpty() ? EVALUATION : EVALUATION + "." + e.field();
            throw new InvalidInputException(field, e.getMessage(), e.allowedValues());
        }
    }

    private static boolean yamlOrJson(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
