package nl.eisenwijzer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eisenwijzer.api.DocumentResponses;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.StaleTenderException;
import nl.eisenwijzer.tender.Tender;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The national-security test over a bidder's chain: the bidder's dossier (parties, owners, subcontractors,
 * component suppliers, countries) and the officer's confirmed answers with justification, the measures the
 * buyer can realise → the report with derived answers, reasons, outcome and legal route; and, in one click,
 * the measures it chose written into the tender's PvE. The dossier is read for the request and never stored.
 */
@Controller
class NatsecPageController {

    private final TenderPages tenders;
    private final MessageSource messages;

    NatsecPageController(TenderPages tenders, MessageSource messages) {
        this.tenders = tenders;
        this.messages = messages;
    }

    @GetMapping("/aanbestedingen/{id}/nationale-veiligheid")
    String form(Editor editor, @PathVariable UUID id, Model model, Locale locale) {
        return page(model, locale, tenders.tender(editor, id), Map.of(), List.of());
    }

    @PostMapping("/aanbestedingen/{id}/nationale-veiligheid")
    Object assess(Editor editor, @PathVariable UUID id, @RequestParam(name = "dossier", required = false) MultipartFile dossier,
            @RequestParam(name = "answers", required = false) MultipartFile answers,
            @RequestParam(name = "measures", required = false) List<String> measures,
            @RequestParam(defaultValue = "screen") String output, Model model, Locale locale) throws IOException {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        List<String> chosen = measures == null ? List.of() : measures;
        if (dossier == null || dossier.isEmpty()) {
            return page(model, locale, tender, Map.of("dossier", texts.get("error.required.file")), chosen);
        }
        TenderPages.Built built = tenders.build(ProfileTree.of(tender.profile()), texts.language());
        if (!built.ready()) {
            return page(model, locale, tender, Map.of("dossier", texts.get("error.tenderIncomplete")), chosen);
        }
        SupplierDossier supplier;
        Answers confirmed;
        try {
            supplier = read(dossier, SupplierDossier.class);
        } catch (InvalidInputException e) {
            return page(model, locale, tender, Map.of("dossier", texts.get("error.file", dossier.getOriginalFilename())
                    + " " + InputErrors.describe(e, texts)), chosen);
        }
        try {
            confirmed = answers == null || answers.isEmpty() ? null : read(answers, Answers.class);
        } catch (InvalidInputException e) {
            return page(model, locale, tender, Map.of("answers", texts.get("error.file", answers.getOriginalFilename())
                    + " " + InputErrors.describe(e, texts)), chosen);
        }
        NatsecReport report;
        try {
            report = tenders.engine().natsec().assess(built.profile(), supplier, confirmed, chosen.isEmpty() ? null : chosen,
                    texts.language(), "dossier");
        } catch (InvalidInputException e) {
            String field = e.field().startsWith("answers") ? "answers" : e.field().startsWith("realisable") ? "measures" : "dossier";
            return page(model, locale, tender, Map.of(field, InputErrors.describe(e, texts)), chosen);
        }
        if (output.equals("pdf")) {
            return DocumentResponses.of(tenders.engine().documents().natsec(report, DocumentFormat.PDF));
        }
        model.addAttribute("report", report);
        model.addAttribute("reportBody", ReportBody.of(tenders.engine().documents().natsec(report, DocumentFormat.HTML)));
        return page(model, locale, tender, Map.of(), chosen);
    }

    /** Writes the measures the test chose into the tender file, so the PvE asks their requirements. */
    @PostMapping("/aanbestedingen/{id}/nationale-veiligheid/maatregelen")
    String adopt(Editor editor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale) {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        List<String> measures = form.getOrDefault("measures", List.of());
        List<String> known = tenders.engine().catalog().natsec().measures().stream()
                .map(nl.eisenwijzer.catalog.ControlMeasure::id).toList();
        if (measures.isEmpty() || !known.containsAll(measures)) {
            return page(model, locale, tender, Map.of("measures", texts.get("error.notAllowed", String.join(", ", known))),
                    measures);
        }
        ProfileTree tree = ProfileTree.of(tender.profile());
        List<String> all = new ArrayList<>(tree.texts("controlMeasures"));
        measures.stream().filter(m -> !all.contains(m)).forEach(all::add);
        tree.setTexts("controlMeasures", all);
        try {
            tenders.save(editor, tender, WizardController.version(form), tree, texts.get("natsec.adopted.reason"),
                    texts.get("history.noChange"));
        } catch (StaleTenderException stale) {
            model.addAttribute("stale", stale.current());
            return page(model, locale, stale.current(), Map.of(), measures);
        }
        return "redirect:/aanbestedingen/" + id + "?maatregelen";
    }

    private <T> T read(MultipartFile file, Class<T> type) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return StrictReader.read(new String(file.getBytes(), StandardCharsets.UTF_8), Format.ofFileName(name), type);
    }

    private String page(Model model, Locale locale, Tender tender, Map<String, String> errors, List<String> chosen) {
        Texts texts = new Texts(messages, locale);
        model.addAttribute("tender", tender);
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", chosen);
        model.addAttribute("language", texts.language());
        model.addAttribute("measures", tenders.engine().catalog().natsec().measures());
        model.addAttribute("inPve", ProfileTree.of(tender.profile()).texts("controlMeasures"));
        return "natsec";
    }
}
