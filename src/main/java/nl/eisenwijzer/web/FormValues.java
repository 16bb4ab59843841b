package nl.eisenwijzer.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * The values a form shows: from the saved tender file when a step opens, or as the user typed them when
 * they come back with an error, so that nothing typed is lost.
 */
public final class FormValues {

    private final Function<String, List<String>> source;

    private FormValues(Function<String, List<String>> source) {
        this.source = source;
    }

    static FormValues of(ProfileTree tree) {
        return new FormValues(field -> {
            if (field.equals(AwardForm.CHOICE)) {
                // Not a value in the file: a tender with an award section awards on its own criteria.
                return tree.node(AwardForm.CHOICE) == null ? List.of() : List.of(AwardForm.OWN_CRITERIA);
            }
            List<String> list = tree.texts(field);
            if (!list.isEmpty()) {
                return list;
            }
            String value = tree.text(field);
            return value == null ? List.of() : List.of(value);
        });
    }

    static FormValues of(MultiValueMap<String, String> form) {
        return new FormValues(field -> form.getOrDefault(field, List.of()));
    }

    /** The tender's status and notes, for their form. */
    static FormValues details(nl.eisenwijzer.tender.Tender tender) {
        return new FormValues(field -> switch (field) {
            case "status" -> List.of(tender.status().wire());
            case "notes" -> tender.notes() == null ? List.of() : List.of(tender.notes());
            default -> List.of();
        });
    }

    /** The single value of a field, or empty text. */
    public String get(String field) {
        List<String> values = source.apply(field);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Whether a list field (checkboxes) holds the value, or a choice (radio, select) is it. */
    public boolean has(String field, String value) {
        List<String> values = source.apply(field);
        return value != null && values != null && values.contains(value);
    }

    /** Whether a yes/no tick is on. */
    public boolean ticked(String field) {
        return has(field, "true");
    }
}
