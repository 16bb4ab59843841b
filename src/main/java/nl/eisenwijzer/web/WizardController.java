package nl.eisenwijzer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.ProfileChanges;
import nl.eisenwijzer.tender.StaleTenderException;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderContent;
import nl.eisenwijzer.tender.TenderStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The wizard: a new tender (step 1 creates it) and one page per question group. Every step saves what it
 * asks on the version the page was opened on, with a history line; the preview shows which PvE lines an
 * answer brings in or takes out before it is saved.
 */
@Controller
class WizardController {

    private final TenderPages tenders;
    private final MessageSource messages;

    WizardController(TenderPages tenders, MessageSource messages) {
        this.tenders = tenders;
        this.messages = messages;
    }

    @GetMapping("/aanbestedingen/nieuw")
    String newTender(Editor editor, Model model, Locale locale) {
        ProfileTree tree = ProfileTree.of((String) null);
        tree.setText("organisation", editor.organisation());
        return page(model, locale, WizardStep.PURCHASE, null, FormValues.of(tree), Map.of(), null);
    }

    @PostMapping("/aanbestedingen/nieuw")
    String create(Editor editor, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        Texts texts = new Texts(messages, locale);
        ProfileTree tree = ProfileTree.of((String) null);
        Map<String, String> errors = StepForm.apply(WizardStep.PURCHASE, form, tree, tenders.engine().catalog(), texts);
        if (!errors.isEmpty()) {
            return page(model, locale, WizardStep.PURCHASE, null, FormValues.of(form), errors, null);
        }
        Tender tender = tenders.store().create(editor, new TenderContent(tree.text("title"), TenderStatus.DRAFT,
                tree.yaml(), null), texts.get("history.created"), form.getFirst("reason"));
        return "redirect:/aanbestedingen/" + tender.id() + "/stap/2";
    }

    @GetMapping("/aanbestedingen/{id}/stap/{number}")
    String step(Editor editor, @PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
        Tender tender = tenders.tender(editor, id);
        WizardStep step = step(number);
        return page(model, locale, step, tender, FormValues.of(ProfileTree.of(tender.profile())), Map.of(), null);
    }

    @PostMapping("/aanbestedingen/{id}/stap/{number}")
    String saveStep(Editor editor, @PathVariable UUID id, @PathVariable int number,
            @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        WizardStep step = step(number);
        ProfileTree tree = ProfileTree.of(tender.profile());
        Map<String, String> errors = new LinkedHashMap<>(StepForm.apply(step, form, tree, tenders.engine().catalog(), texts));
        if (errors.isEmpty()) {
            errors.putAll(problemsOfStep(step, tenders.build(tree, texts.language()), texts));
        }
        if (!errors.isEmpty()) {
            return page(model, locale, step, tender, FormValues.of(form), errors, null);
        }
        try {
            tenders.save(editor, tender, new FormFields(form).version(), tree, form.getFirst("reason"), texts.get("history.noChange"));
        } catch (StaleTenderException stale) {
            model.addAttribute("stale", stale.current());
            return page(model, locale, step, stale.current(), FormValues.of(form), errors, null);
        }
        String action = form.getFirst("action");
        if ("previous".equals(action) && step.previous().isPresent()) {
            return "redirect:/aanbestedingen/" + id + "/stap/" + step.previous().get().number();
        }
        if ("stay".equals(action)) {
            return "redirect:/aanbestedingen/" + id + "/stap/" + step.number() + "?opgeslagen";
        }
        return step.next().map(next -> "redirect:/aanbestedingen/" + id + "/stap/" + next.number())
                .orElse("redirect:/aanbestedingen/" + id);
    }

    /** The live preview (htmx): the step's answers applied to the saved file, not saved; which lines change. */
    @PostMapping("/aanbestedingen/{id}/stap/{number}/voorbeeld")
    String preview(Editor editor, @PathVariable UUID id, @PathVariable int number,
            @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        Texts texts = new Texts(messages, locale);
        Tender tender = tenders.tender(editor, id);
        ProfileTree saved = ProfileTree.of(tender.profile());
        ProfileTree changed = saved.copy();
        Map<String, String> errors = StepForm.apply(step(number), form, changed, tenders.engine().catalog(), texts);
        model.addAttribute("preview", errors.isEmpty()
                ? Preview.of(tenders.build(saved, texts.language()), tenders.build(changed, texts.language()), texts)
                : Preview.incomplete(texts.get("preview.fixErrors")));
        return "fragments/preview :: preview";
    }

    private String page(Model model, Locale locale, WizardStep step, Tender tender, FormValues values,
            Map<String, String> errors, String notice) {
        Texts texts = new Texts(messages, locale);
        model.addAttribute("step", step);
        model.addAttribute("steps", WizardStep.values());
        model.addAttribute("tender", tender);
        model.addAttribute("v", values);
        model.addAttribute("errors", errors);
        model.addAttribute("options", Options.of(tenders.engine().catalog(), texts.language()));
        if (step == WizardStep.AWARD && tender != null) {
            model.addAttribute("awardRows", AwardForm.rows(ProfileTree.of(tender.profile()), values));
        }
        if (tender != null && !model.containsAttribute("preview")) {
            TenderPages.Built built = tenders.build(ProfileTree.of(tender.profile()), texts.language());
            model.addAttribute("preview", built.ready() ? Preview.of(built, built, texts)
                    : Preview.incomplete(texts.get("preview.incomplete")));
        }
        return "wizard";
    }

    /**
     * Problems of the whole file that belong to this step's fields. Another step's problem does not block this
     * one (steps can be answered in any order); it shows on its own step and on the PvE page.
     */
    private static Map<String, String> problemsOfStep(WizardStep step, TenderPages.Built built, Texts texts) {
        if (built.problem() == null) {
            return Map.of();
        }
        String field = built.problem().field();
        return WizardStep.asking(field).filter(asking -> asking == step)
                .map(asking -> Map.of(WizardStep.formField(field), InputErrors.describe(built.problem(), texts)))
                .orElse(Map.of());
    }

    private static WizardStep step(int number) {
        return WizardStep.of(number).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "no wizard step " + number));
    }
}
