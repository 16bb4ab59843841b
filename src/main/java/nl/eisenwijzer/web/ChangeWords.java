package nl.eisenwijzer.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * A history line in the page's words. The store keeps what changed in the tender file's own terms
 * ({@code personalData: none → regular}), the same for every reader; the page shows the question and the
 * answers as the wizard words them ("Verwerkt de oplossing persoonsgegevens?: Nee → Ja, gewone
 * persoonsgegevens"), and keeps the file's term where the wizard has no words for it (tailoring ids, notes).
 */
public final class ChangeWords {

    private static final Pattern CHANGE = Pattern.compile("([A-Za-z0-9.\\[\\]]+): (.*)");
    private static final Pattern ARROW = Pattern.compile("(.*) → (.*)");

    private final MessageSource messages;
    private final Locale locale;

    ChangeWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Each change of a stored summary, in the page's words. */
    public List<String> of(String summary) {
        List<String> lines = new ArrayList<>();
        for (String change : summary.split("; ")) {
            Matcher matcher = CHANGE.matcher(change);
            if (!matcher.matches()) {
                lines.add(change);
                continue;
            }
            String field = matcher.group(1);
            String plain = field.replaceAll("\\[\\d+]", "");
            String label = word("field." + plain, field);
            String values = matcher.group(2);
            Matcher arrow = ARROW.matcher(values);
            if (arrow.matches()) {
                values = value(plain, arrow.group(1)) + " → " + value(plain, arrow.group(2));
            } else if (values.startsWith("+ ") || values.startsWith("− ")) {
                values = values.substring(0, 2) + value(plain, values.substring(2));
            }
            lines.add(label + ": " + values);
        }
        return lines;
    }

    private String value(String field, String value) {
        return String.join(", ", Arrays.stream(value.split(", "))
                .map(one -> word(optionKey(field, one), one)).toList());
    }

    /** Where the pages keep the words for a value: yes/no for ticks, the status names, the wizard's options. */
    private static String optionKey(String field, String value) {
        if (value.equals("true") || value.equals("false")) {
            return "option.boolean." + value;
        }
        if (field.equals("status")) {
            return "status." + value;
        }
        // The wizard names the suitability items under option.suitability, without the list's own name.
        return "option." + (field.equals("suitability.ask") ? "suitability" : field) + "." + value;
    }

    private String word(String key, String fallback) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}
