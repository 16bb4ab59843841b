package nl.eisenwijzer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eisenwijzer.api.DocumentResponses;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.StaleTenderException;
import nl.eisenwijzer.tender.Tender;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national-security test over a bidder's chain, as a questionnaire: the bidder, its owners, subcontractors
 * and component suppliers typed in (or read from an uploaded dossier and corrected), the test run, the derived
 * answers per party with their reasons, the officer's confirmations with justification, the measures the buyer
 * can realise → the outcome and the legal route; and, in one click, the measures it chose written into the
 * tender's PvE. The chain lives only in the page's fields between requests: it is never stored or logged.
 */
@Controller
class NatsecPageController {

    private static final String PAGE = "/aanbestedingen/{id}/nationale-veiligheid";

    private final TenderPages tenders;
    private final MessageSource messages;

    NatsecPageController(TenderPages tenders, MessageSource messages) {
        this.tenders = tenders;
        this.messages = messages;
    }

    /** The test's result for the page: the report (when the test ran) and the errors beside the fields. */
    private record Run(NatsecReport report, Map<String, String> errors, Map<String, String> prefixes) {
    }

    @GetMapping(PAGE)
    String form(Editor editor, @PathVariable UUID id, Model model, Locale locale) {
        return page(model, new Texts(messages, locale), tenders.tender(editor, id), ChainForm.empty(),
                new Run(null, Map.of(), Map.of()));
    }

    /**
     * One submission of the questionnaire; {@code action} says what to do: {@code run} the test (the default),
     * {@code pdf} for the report as PDF, {@code load} the chosen dossier into the fields, or add a row
     * ({@code add.subcontractors}, {@code add.components.0.owners}, …). A chosen dossier file replaces the chain
     * in the fields whatever the action, so a file can also be run at once.
     */
    @PostMapping(PAGE)
    Object submit(Editor editor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "dossier", required = false) MultipartFile file, Model model, Locale locale) throws IOException {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        String action = Objects.requireNonNullElse(form.getFirst("action"), "run");
        ChainForm chain = ChainForm.of(form);
        if (file != null && !file.isEmpty()) {
            Loaded loaded = load(file, chain, texts);
            if (loaded.error() != null) {
                return page(model, texts, tender, chain, notRun("dossier", loaded.error()));
            }
            chain = loaded.chain();
        } else if (action.equals("load")) {
            return page(model, texts, tender, chain, notRun("dossier", texts.get("error.required.file")));
        }
        if (action.startsWith("add.")) {
            return page(model, texts, tender, withRow(chain, action.substring("add.".length())), notRun(Map.of()));
        }
        return switch (action) {
            case "load" -> page(model, texts, tender, chain, notRun(Map.of()));
            case "run", "pdf" -> {
                Run run = run(tender, chain, texts);
                yield action.equals("pdf") && run.report() != null && run.errors().isEmpty()
                        ? DocumentResponses.of(tenders.engine().documents().natsec(run.report(), DocumentFormat.PDF))
                        : page(model, texts, tender, chain, run);
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no action " + action);
        };
    }

    /**
     * Writes the measures the test chose into the tender file, so the PvE asks their requirements. The
     * questionnaire comes along in hidden fields, so a refused save shows it again as it was.
     */
    @PostMapping(PAGE + "/maatregelen")
    String adopt(Editor editor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale) {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        List<String> measures = form.getOrDefault("measures", List.of());
        ChainForm chain = ChainForm.of(form).withMeasures(form.getOrDefault("realisable", List.of()));
        List<String> known = tenders.engine().catalog().natsec().measures().stream().map(ControlMeasure::id).toList();
        if (measures.isEmpty() || !known.containsAll(measures)) {
            return page(model, texts, tender, chain, notRun("measures", texts.get("error.notAllowed", String.join(", ", known))));
        }
        ProfileTree tree = ProfileTree.of(tender.profile());
        List<String> all = new ArrayList<>(tree.texts("controlMeasures"));
        measures.stream().filter(m -> !all.contains(m)).forEach(all::add);
        tree.setTexts("controlMeasures", all);
        try {
            tenders.save(editor, tender, new FormFields(form).version(), tree, texts.get("natsec.adopted.reason"),
                    texts.get("history.noChange"));
        } catch (StaleTenderException stale) {
            model.addAttribute("stale", stale.current());
            return page(model, texts, stale.current(), chain, notRun(Map.of()));
        }
        return "redirect:/aanbestedingen/" + id + "?maatregelen";
    }

    /** Reads the questionnaire and, when the chain can be used, runs the test on the tender's profile. */
    private Run run(Tender tender, ChainForm chain, Texts texts) {
        ChainFormReader.Read read = ChainFormReader.read(chain, tenders.engine().catalog(), texts);
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        if (read.dossier() == null) {
            return new Run(null, errors, read.prefixes());
        }
        TenderPages.Built built = tenders.build(ProfileTree.of(tender.profile()), texts.language());
        if (!built.ready()) {
            errors.put("chain", texts.get("error.tenderIncomplete"));
            return new Run(null, errors, read.prefixes());
        }
        try {
            return new Run(tenders.engine().natsec().assess(built.profile(), read.dossier(), read.answers(), read.measures(),
                    texts.language(), "dossier"), errors, read.prefixes());
        } catch (InvalidInputException e) {
            // The reader checks what the test refuses; should the two ever differ, the test's reason still shows.
            errors.put("chain", InputErrors.describe(e, texts));
            return new Run(null, errors, read.prefixes());
        }
    }

    /** The chain of an uploaded dossier in the fields, or why the file cannot be read into them. */
    private record Loaded(ChainForm chain, String error) {
    }

    private static Loaded load(MultipartFile file, ChainForm before, Texts texts) throws IOException {
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "");
        try {
            SupplierDossier dossier = StrictReader.read(new String(file.getBytes(), StandardCharsets.UTF_8),
                    Format.ofFileName(name), SupplierDossier.class);
            return ChainForm.fits(dossier) ? new Loaded(ChainForm.of(dossier, before), null)
                    : new Loaded(before, texts.get("error.file", name) + " " + texts.get("error.natsec.tooLong", ChainForm.MAX_ROWS));
        } catch (InvalidInputException e) {
            return new Loaded(before, texts.get("error.file", name) + " " + InputErrors.describe(e, texts));
        }
    }

    private static ChainForm withRow(ChainForm chain, String list) {
        try {
            return chain.withRow(list);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static Run notRun(Map<String, String> errors) {
        return new Run(null, errors, Map.of());
    }

    private static Run notRun(String field, String error) {
        return notRun(Map.of(field, error));
    }

    private String page(Model model, Texts texts, Tender tender, ChainForm chain, Run run) {
        // The questions of a tested party show with its row's confirmations; the other rows' wait in hidden fields.
        Set<String> shown = run.report() == null ? Set.of() : run.report().chain().stream().filter(NatsecReport.Party::assessed)
                .map(p -> run.prefixes().get(p.name())).filter(Objects::nonNull).collect(Collectors.toSet());
        model.addAttribute("tender", tender);
        model.addAttribute("errors", run.errors());
        model.addAttribute("report", run.report());
        model.addAttribute("prefixes", run.prefixes());
        model.addAttribute("chain", chain.padded());
        model.addAttribute("carried", chain.confirmationsExcept(shown));
        model.addAttribute("language", texts.language());
        model.addAttribute("words", ReportWords.of(tenders.engine().catalog(), texts.language()));
        model.addAttribute("countries", CountryOption.of(tenders.engine().catalog(), texts.language()));
        model.addAttribute("accessKinds", WireEnum.allowed(ChainAccess.class));
        model.addAttribute("maxRows", ChainForm.MAX_ROWS);
        model.addAttribute("measures", tenders.engine().catalog().natsec().measures());
        model.addAttribute("inPve", ProfileTree.of(tender.profile()).texts("controlMeasures"));
        return "natsec";
    }
}
