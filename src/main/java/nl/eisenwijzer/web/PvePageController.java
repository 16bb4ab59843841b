package nl.eisenwijzer.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eisenwijzer.api.DocumentResponses;
import nl.eisenwijzer.documents.Document;
import nl.eisenwijzer.documents.DocumentFormat;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.StaleTenderException;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderContent;
import nl.eisenwijzer.tender.TenderStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tender's own pages: its PvE with kinds, frameworks and reasons, tailoring line by line, its status and
 * notes, the downloads (Word, Excel, PDF, CSV, OSCAL and the tender file) and its history.
 */
@Controller
class PvePageController {

    /** The documents offered for download, by the name in the address. */
    private static final Map<String, DocumentFormat> DOWNLOADS = Map.of("docx", DocumentFormat.DOCX,
            "xlsx", DocumentFormat.XLSX, "pdf", DocumentFormat.PDF, "csv", DocumentFormat.CSV,
            "oscal", DocumentFormat.OSCAL);

    private final TenderPages tenders;
    private final MessageSource messages;

    PvePageController(TenderPages tenders, MessageSource messages) {
        this.tenders = tenders;
        this.messages = messages;
    }

    @GetMapping("/aanbestedingen/{id}")
    String pve(Editor editor, @PathVariable UUID id, Model model, Locale locale) {
        return page(model, locale, tenders.tender(editor, id), Map.of(), null);
    }

    @PostMapping("/aanbestedingen/{id}/aanpassen")
    String tailor(Editor editor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale) {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        ProfileTree tree = ProfileTree.of(tender.profile());
        Map<String, String> errors = new java.util.LinkedHashMap<>(
                TailoringForm.apply(form, tree, tenders.engine().catalog(), texts));
        if (errors.isEmpty()) {
            TenderPages.Built built = tenders.build(tree, texts.language());
            if (!built.ready()) {
                errors.put("tailoring", InputErrors.describe(built.problem(), texts));
            }
        }
        String line = form.getFirst("line") == null ? form.getFirst("ownId") : form.getFirst("line");
        if (!errors.isEmpty()) {
            model.addAttribute("tailoringForm", FormValues.of(form));
            return page(model, locale, tender, errors, line);
        }
        try {
            tenders.save(editor, tender, new FormFields(form).version(), tree, form.getFirst("justification"),
                    texts.get("history.noChange"));
        } catch (StaleTenderException stale) {
            model.addAttribute("stale", stale.current());
            model.addAttribute("tailoringForm", FormValues.of(form));
            return page(model, locale, stale.current(), errors, line);
        }
        return "redirect:/aanbestedingen/" + id + (line == null ? "" : "#regel-" + line);
    }

    @PostMapping("/aanbestedingen/{id}/gegevens")
    String details(Editor editor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale) {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        String statusValue = form.getFirst("status");
        if (statusValue == null || !WireEnum.allowed(TenderStatus.class).contains(statusValue)) {
            return page(model, locale, tender, Map.of("status", texts.get("error.notAllowed",
                    String.join(", ", WireEnum.allowed(TenderStatus.class)))), null);
        }
        TenderStatus status = WireEnum.parse(TenderStatus.class, "status", statusValue);
        String notes = new FormFields(form).text("notes");
        List<String> changed = new java.util.ArrayList<>();
        if (status != tender.status()) {
            changed.add("status: " + tender.status().wire() + " → " + status.wire());
        }
        if (!java.util.Objects.equals(notes, tender.notes())) {
            changed.add(texts.get("history.notesChanged"));
        }
        try {
            tenders.store().update(editor, id, new FormFields(form).version(),
                    new TenderContent(tender.title(), status, tender.profile(), notes),
                    changed.isEmpty() ? texts.get("history.noChange") : String.join("; ", changed), form.getFirst("reason"));
        } catch (StaleTenderException stale) {
            model.addAttribute("stale", stale.current());
            return page(model, locale, stale.current(), Map.of(), null);
        }
        return "redirect:/aanbestedingen/" + id;
    }

    @GetMapping("/aanbestedingen/{id}/download/{format}")
    ResponseEntity<byte[]> download(Editor editor, @PathVariable UUID id, @PathVariable String format, Locale locale,
            @RequestParam(required = false) String taal) {
        Tender tender = tenders.tender(editor, id);
        ProfileTree tree = ProfileTree.of(tender.profile());
        if (format.equals("yaml")) {
            // The tender file: what the CLI reads with --profile and the start page imports again.
            return ResponseEntity.ok()
                    .contentType(new org.springframework.http.MediaType("application", "yaml", StandardCharsets.UTF_8))
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                            org.springframework.http.ContentDisposition.attachment()
                                    .filename(fileName(tender) + ".yaml", StandardCharsets.UTF_8).build().toString())
                    .body(tree.yaml().getBytes(StandardCharsets.UTF_8));
        }
        DocumentFormat document = DOWNLOADS.get(format);
        if (document == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no download " + format);
        }
        Texts texts = new Texts(messages, "en".equals(taal) ? Locale.ENGLISH : "nl".equals(taal) ? WebConfiguration.DUTCH : locale);
        TenderPages.Built built = tenders.build(tree, texts.language());
        if (!built.ready()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the tender is not complete yet");
        }
        return DocumentResponses.of(tenders.engine().documents().pve(built.pve(), document));
    }

    @GetMapping("/aanbestedingen/{id}/geschiedenis")
    String history(Editor editor, @PathVariable UUID id, Model model, Locale locale) {
        Tender tender = tenders.tender(editor, id);
        model.addAttribute("words", new ChangeWords(messages, locale));
        model.addAttribute("tender", tender);
        model.addAttribute("changes", tenders.store().history(editor.organisation(), id));
        return "history";
    }

    private String page(Model model, Locale locale, Tender tender, Map<String, String> errors, String errorLine) {
        Texts texts = new Texts(messages, locale);
        ProfileTree tree = ProfileTree.of(tender.profile());
        TenderPages.Built built = tenders.build(tree, texts.language());
        model.addAttribute("tender", tender);
        model.addAttribute("details", FormValues.details(tender));
        model.addAttribute("errors", errors);
        model.addAttribute("errorLine", errorLine);
        model.addAttribute("statuses", WireEnum.allowed(TenderStatus.class));
        model.addAttribute("domains", tenders.engine().catalog().domains());
        model.addAttribute("language", texts.language());
        if (!model.containsAttribute("tailoringForm")) {
            model.addAttribute("tailoringForm", FormValues.of(new org.springframework.util.LinkedMultiValueMap<>()));
        }
        model.addAttribute("excludedByBuyer", tree.node("tailoring.exclude") == null ? List.of()
                : tree.node("tailoring.exclude").valueStream().toList());
        if (built.ready()) {
            model.addAttribute("view", PveView.of(built.pve(), tenders.engine().catalog(), texts.language()));
        } else {
            model.addAttribute("problem", InputErrors.describe(built.problem(), texts));
            model.addAttribute("problemStep", WizardStep.asking(built.problem().field()).orElse(WizardStep.PURCHASE));
        }
        return "pve";
    }

    private static String fileName(Tender tender) {
        String base = tender.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return base.isEmpty() ? "aanbesteding" : base;
    }
}
