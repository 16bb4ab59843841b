package nl.eisenwijzer.changes;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.pve.NaturalOrder;

/**
 * The requirements added, removed and changed between two catalogue versions; a change names the fields
 * that differ, so a reviewer sees at once whether only a translation was touched or the strength moved.
 */
@JsonPropertyOrder({"from", "to", "added", "removed", "changed"})
public record CatalogDiff(String from, String to, List<String> added, List<String> removed, List<Change> changed) {

    /** One requirement present in both versions whose stored entry differs. */
    @JsonPropertyOrder({"id", "fields"})
    public record Change(String id, List<String> fields) {
    }

    /** The fields compared, in the order of the catalogue format. */
    private static final Map<String, Function<Requirement, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("framework", Requirement::framework);
        FIELDS.put("domain", Requirement::domain);
        FIELDS.put("title", Requirement::title);
        FIELDS.put("text", Requirement::text);
        FIELDS.put("strength", Requirement::strength);
        FIELDS.put("subject", Requirement::subject);
        FIELDS.put("appliesWhen", Requirement::appliesWhen);
        FIELDS.put("specificWhen", Requirement::specificWhen);
        FIELDS.put("topic", Requirement::topic);
        FIELDS.put("partOf", Requirement::partOf);
        FIELDS.put("covers", Requirement::covers);
        FIELDS.put("evidence", Requirement::evidence);
        FIELDS.put("source", Requirement::source);
        FIELDS.put("mapsTo", Requirement::mapsTo);
        FIELDS.put("securityLevel", Requirement::securityLevel);
        FIELDS.put("effectiveFrom", Requirement::effectiveFrom);
        FIELDS.put("parameters", Requirement::parameters);
        FIELDS.put("groups", Requirement::groups);
        FIELDS.put("componentTypes", Requirement::componentTypes);
        FIELDS.put("note", Requirement::note);
    }

    public static CatalogDiff between(Catalog from, Catalog to) {
        Map<String, Requirement> before = from.requirementsById();
        Map<String, Requirement> after = to.requirementsById();
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).sorted(NaturalOrder.INSTANCE).toList();
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted(NaturalOrder.INSTANCE).toList();
        List<Change> changed = new ArrayList<>();
        after.keySet().stream().filter(before::containsKey).sorted(NaturalOrder.INSTANCE).forEach(id -> {
            List<String> fields = FIELDS.entrySet().stream()
                    .filter(f -> !Objects.equals(f.getValue().apply(before.get(id)), f.getValue().apply(after.get(id))))
                    .map(Map.Entry::getKey).toList();
            if (!fields.isEmpty()) {
                changed.add(new Change(id, fields));
            }
        });
        return new CatalogDiff(from.info().version(), to.info().version(), added, removed, changed);
    }
}
