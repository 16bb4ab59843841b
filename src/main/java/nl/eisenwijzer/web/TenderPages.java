package nl.eisenwijzer.web;

import java.util.UUID;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.tender.Editor;
import nl.eisenwijzer.tender.ProfileChanges;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderContent;
import nl.eisenwijzer.tender.TenderStore;
import org.springframework.stereotype.Component;

/**
 * What the pages do with a saved tender: read it for the signed-in organisation, build its PvE with the
 * engine, and save a changed tender file with its history line. One place, so every page builds and saves
 * the same way.
 */
@Component
final class TenderPages {

    private final Eisenwijzer engine;
    private final TenderStore store;

    TenderPages(Eisenwijzer engine, TenderStore store) {
        this.engine = engine;
        this.store = store;
    }

    Eisenwijzer engine() {
        return engine;
    }

    TenderStore store() {
        return store;
    }

    Tender tender(Editor editor, UUID id) {
        return store.get(editor.organisation(), id);
    }

    /**
     * The tender file checked and completed, and its PvE; or, when the file is not complete or not usable yet,
     * the first problem (the wizard shows it on the step that asks the field).
     */
    record Built(ProcurementProfile profile, Pve pve, InvalidInputException problem) {

        boolean ready() {
            return pve != null;
        }
    }

    Built build(ProfileTree tree, Language language) {
        try {
            ProcurementProfile profile = engine.profileReader().normalise(tree.profile());
            return new Built(profile, engine.pve(profile, language), null);
        } catch (InvalidInputException e) {
            return new Built(null, null, e);
        } catch (tools.jackson.core.JacksonException e) {
            return new Built(null, null, new InvalidInputException("", e.getOriginalMessage()));
        }
    }

    /** Saves the changed file on the version the user started from; the history says which fields changed. */
    Tender save(Editor editor, Tender tender, long startedFrom, ProfileTree tree, String reason, String noChange) {
        String yaml = tree.yaml();
        String title = tree.text("title") == null ? tender.title() : tree.text("title");
        return store.update(editor, tender.id(), startedFrom,
                new TenderContent(title, tender.status(), yaml, tender.notes()),
                ProfileChanges.summary(tender.profile(), yaml, noChange), reason);
    }
}
