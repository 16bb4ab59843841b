package nl.eisenwijzer.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The page texts (messages*.properties) in the user's language, for messages built in Java. */
record Texts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    nl.eisenwijzer.catalog.Language language() {
        return "en".equals(locale.getLanguage()) ? nl.eisenwijzer.catalog.Language.EN : nl.eisenwijzer.catalog.Language.NL;
    }
}
