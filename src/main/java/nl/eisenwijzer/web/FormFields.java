package nl.eisenwijzer.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * A submitted form as the page forms read it: a blank field is no answer (never an empty string), a tick is
 * the value {@code true}, and every form that changes a tender names the version it was opened on.
 */
record FormFields(MultiValueMap<String, String> form) {

    /** The field's value without surrounding space, or null when it was left blank. */
    String text(String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The non-blank values of a list field (checkboxes), each once. */
    List<String> texts(String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(String::strip).distinct().toList();
    }

    boolean ticked(String field) {
        return "true".equals(form.getFirst(field));
    }

    /** The tender version the form was opened on; a form without one was not sent by our pages. */
    long version() {
        try {
            return Long.parseLong(form.getFirst("version"));
        } catch (NumberFormatException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version is required");
        }
    }
}
