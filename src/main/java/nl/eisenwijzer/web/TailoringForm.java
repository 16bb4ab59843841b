package nl.eisenwijzer.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.profile.Tailoring;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tailoring action from the PvE page, written into the tender file's {@code tailoring} section exactly
 * as a buyer would write it by hand (so the CLI and the API read the same tailoring): leave a line out, take
 * it back, ask it as another kind, replace its text, set a wish's weight, add an own requirement, or undo
 * every change on a line. Each needs a justification; it goes on record in the file and in the history.
 */
final class TailoringForm {

    private static final List<String> SECTIONS = List.of("exclude", "kind", "text", "weight");
    static final List<String> ACTIONS = List.of("exclude", "include", "kind", "text", "weight", "add", "reset");

    private final Catalog catalog;
    private final Texts texts;
    private final FormFields form;
    private final ProfileTree tree;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private TailoringForm(Catalog catalog, Texts texts, MultiValueMap<String, String> form, ProfileTree tree) {
        this.catalog = catalog;
        this.texts = texts;
        this.form = new FormFields(form);
        this.tree = tree;
    }

    /** Applies the action to {@code tree}; errors by form field, empty when it could be applied. */
    static Map<String, String> apply(MultiValueMap<String, String> form, ProfileTree tree, Catalog catalog, Texts texts) {
        TailoringForm tailoring = new TailoringForm(catalog, texts, form, tree);
        tailoring.apply();
        return tailoring.errors;
    }

    private void apply() {
        String action = form.text("action");
        String id = form.text("line");
        if (action == null || !ACTIONS.contains(action)) {
            errors.put("action", texts.get("error.notAllowed", String.join(", ", ACTIONS)));
            return;
        }
        if (!action.equals("add") && id == null) {
            errors.put("line", texts.get("error.required.choice"));
            return;
        }
        String justification = form.text("justification");
        if (!action.equals("reset") && !action.equals("include") && justification == null) {
            errors.put("justification", texts.get("error.required.justification"));
        }
        switch (action) {
            case "exclude" -> replace(id, SECTIONS, "exclude", entry(id, justification));
            case "include" -> remove("exclude", id);
            case "kind" -> kind(id, justification);
            case "text" -> text(id, justification);
            case "weight" -> weight(id, justification);
            case "add" -> add(justification);
            default -> {
                SECTIONS.forEach(section -> remove(section, id));
                remove("add", id);
            }
        }
    }

    private void kind(String id, String justification) {
        String kind = form.text("kind");
        List<String> allowed = Tailoring.CHANGEABLE_KINDS;
        if (kind == null || !allowed.contains(kind)) {
            errors.put("kind", texts.get("error.notAllowed", String.join(", ", allowed)));
            return;
        }
        ObjectNode entry = entry(id, justification);
        entry.put("kind", kind);
        replace(id, List.of("exclude", "kind"), "kind", entry);
    }

    private void text(String id, String justification) {
        String text = form.text("text");
        if (text == null) {
            errors.put("text", texts.get("error.required.text"));
            return;
        }
        ObjectNode entry = tree.mapper().createObjectNode();
        entry.put("id", id);
        entry.put(texts.language() == nl.eisenwijzer.catalog.Language.EN ? "en" : "nl", text);
        entry.put("justification", justification);
        replace(id, List.of("text"), "text", entry);
    }

    private void weight(String id, String justification) {
        Integer weight = integer("weight", Tailoring.MIN_WEIGHT, Tailoring.MAX_WEIGHT);
        if (weight == null) {
            return;
        }
        ObjectNode entry = entry(id, justification);
        entry.put("weight", weight);
        replace(id, List.of("weight"), "weight", entry);
    }

    private void add(String justification) {
        String id = form.text("ownId");
        String kind = form.text("ownKind");
        String domain = form.text("ownDomain");
        String title = form.text("ownTitle");
        String text = form.text("ownText");
        if (id == null || !Tailoring.OWN_ID.matcher(id).matches()) {
            errors.put("ownId", texts.get("error.ownId"));
        } else if (catalog.requirementsById().containsKey(id)) {
            errors.put("ownId", texts.get("error.ownId.catalogue", id));
        }
        List<String> kinds = java.util.Arrays.stream(Kind.values()).map(Kind::wire).toList();
        if (kind == null || !kinds.contains(kind)) {
            errors.put("ownKind", texts.get("error.notAllowed", String.join(", ", kinds)));
        }
        if (domain == null || !catalog.domainsById().containsKey(domain)) {
            errors.put("ownDomain", texts.get("error.required.choice"));
        }
        if (title == null) {
            errors.put("ownTitle", texts.get("error.required.text"));
        }
        if (text == null) {
            errors.put("ownText", texts.get("error.required.text"));
        }
        Integer weight = "wens".equals(kind) ? integer("ownWeight", Tailoring.MIN_WEIGHT, Tailoring.MAX_WEIGHT) : null;
        if (!errors.isEmpty()) {
            return;
        }
        String language = texts.language() == nl.eisenwijzer.catalog.Language.EN ? "en" : "nl";
        ObjectNode entry = tree.mapper().createObjectNode();
        entry.put("id", id);
        entry.put("kind", kind);
        entry.put("domain", domain);
        entry.putObject("title").put(language, title);
        entry.putObject("text").put(language, text);
        if (weight != null) {
            entry.put("weight", weight);
        }
        entry.put("justification", justification);
        replace(id, List.of("add"), "add", entry);
    }

    private ObjectNode entry(String id, String justification) {
        ObjectNode entry = tree.mapper().createObjectNode();
        entry.put("id", id);
        entry.put("justification", justification);
        return entry;
    }

    /** Takes the id out of the given sections (a line is tailored once per section) and adds the new entry. */
    private void replace(String id, List<String> clear, String section, ObjectNode entry) {
        if (!errors.isEmpty()) {
            return;
        }
        clear.forEach(s -> remove(s, id));
        List<JsonNode> entries = entries(section);
        entries.add(entry);
        write(section, entries);
    }

    private void remove(String section, String id) {
        List<JsonNode> entries = entries(section);
        entries.removeIf(entry -> id.equals(entry.path("id").asString()));
        write(section, entries);
    }

    private List<JsonNode> entries(String section) {
        JsonNode node = tree.node("tailoring." + section);
        List<JsonNode> entries = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(entries::add);
        }
        return entries;
    }

    private void write(String section, List<JsonNode> entries) {
        if (entries.isEmpty()) {
            tree.remove("tailoring." + section);
        } else {
            ArrayNode array = tree.mapper().createArrayNode();
            entries.forEach(array::add);
            tree.setNode("tailoring." + section, array);
        }
    }

    private Integer integer(String field, int min, int max) {
        String value = form.text(field);
        try {
            int number = Integer.parseInt(value == null ? "" : value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.put(field, texts.get("error.number.range", min, max));
        return null;
    }
}
