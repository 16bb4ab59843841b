package nl.eisenwijzer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.eisenwijzer.account.AccountProperties;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderContent;
import nl.eisenwijzer.tender.TenderStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The sign-in page and the start page: a new tender, the organisation's saved tenders, a tender file to import. */
@Controller
class StartController {

    /** What the tender table keeps of a title (db/migration). */
    static final int TITLE_LENGTH = 300;

    private final TenderPages tenders;
    private final MessageSource messages;
    private final AccountProperties accounts;

    StartController(TenderPages tenders, MessageSource messages, AccountProperties accounts) {
        this.tenders = tenders;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping("/aanmelden")
    String signIn(Model model) {
        model.addAttribute("hint", accounts.signInHint());
        return "sign-in";
    }

    @GetMapping("/")
    String start(Editor editor, Model model) {
        return page(editor, model, Map.of());
    }

    /** Imports a tender file (the profile YAML or JSON with its tailoring, as the CLI reads it) as a new tender. */
    @PostMapping("/aanbestedingen/importeren")
    String importFile(Editor editor, @RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        Texts texts = new Texts(messages, locale);
        if (file.isEmpty()) {
            return page(editor, model, Map.of("file", texts.get("error.required.file")));
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        ProcurementProfile given;
        try {
            given = StrictReader.read(content, Format.ofFileName(name), ProcurementProfile.class);
            tenders.engine().profileReader().normalise(given);
            if (given.title().strip().length() > TITLE_LENGTH) {
                return page(editor, model, Map.of("file", texts.get("error.file", name) + " "
                        + texts.get("error.field", "title") + " " + texts.get("error.tooLong", TITLE_LENGTH)));
            }
        } catch (InvalidInputException e) {
            return page(editor, model, Map.of("file", texts.get("error.file", name) + " " + InputErrors.describe(e, texts)));
        }
        ProfileTree tree = ProfileTree.of(given);
        Tender tender = tenders.store().create(editor, new TenderContent(given.title().strip(), TenderStatus.DRAFT,
                tree.yaml(), null), texts.get("history.imported", name), null);
        return "redirect:/aanbestedingen/" + tender.id();
    }

    private String page(Editor editor, Model model, Map<String, String> errors) {
        model.addAttribute("tenders", tenders.store().list(editor.organisation()));
        model.addAttribute("organisation", editor.organisation());
        model.addAttribute("errors", errors);
        return "start";
    }
}
