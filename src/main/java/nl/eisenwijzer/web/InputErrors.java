package nl.eisenwijzer.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * The engine's input errors in the page's language. The engine words them in English for the CLI and the
 * API; a Dutch page says the same in Dutch: the field (as the tender file names it), what is wrong, and the
 * allowed values — never the English sentence.
 */
final class InputErrors {

    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)");
    private static final Pattern RANGE = Pattern.compile("out of range; allowed: (\\d+) to (\\d+)");
    private static final Pattern NOT_ALLOWED = Pattern.compile("'([^']*)' is not allowed");

    private InputErrors() {
    }

    static String describe(InvalidInputException e, Texts texts) {
        if (texts.language() == nl.eisenwijzer.catalog.Language.EN) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        StringBuilder dutch = new StringBuilder();
        if (!e.field().isEmpty()) {
            dutch.append(texts.get("error.field", e.field())).append(' ');
        }
        Matcher range = RANGE.matcher(message);
        Matcher notAllowed = NOT_ALLOWED.matcher(message);
        if (message.contains("is required") || message.contains("needs at least one")) {
            dutch.append(texts.get("error.input.required"));
        } else if (range.find()) {
            dutch.append(texts.get("error.number.range", range.group(1), range.group(2)));
        } else if (notAllowed.find()) {
            dutch.append(texts.get("error.input.notAllowed", notAllowed.group(1)));
        } else if (message.contains("the document is empty")) {
            dutch.append(texts.get("error.input.empty"));
        } else if (message.contains("unknown field") || message.contains("Unrecognized")) {
            dutch.append(texts.get("error.input.unknownField"));
        } else {
            dutch.append(texts.get("error.input.unusable"));
        }
        if (!e.allowedValues().isEmpty()) {
            dutch.append(' ').append(texts.get("error.input.allowed", String.join(", ", e.allowedValues())));
        }
        Matcher line = LINE.matcher(message);
        if (line.find()) {
            dutch.append(' ').append(texts.get("error.input.line", line.group(1)));
        }
        return dutch.toString();
    }
}
