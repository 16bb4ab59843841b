package nl.eisenwijzer.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;

/**
 * A country to choose in the questionnaire: its ISO code and its name in the page's language with the code
 * (officers find "Duitsland (DE)" by typing either), in the alphabetical order of that language. Only the
 * catalogue's countries: the test needs their EU and GPA facts.
 */
record CountryOption(String code, String label) {

    static List<CountryOption> of(Catalog catalog, Language language) {
        Collator collator = Collator.getInstance(language == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
        return catalog.natsec().countries().stream()
                .map(c -> new CountryOption(c.code(), c.name().in(language) + " (" + c.code() + ")"))
                .sorted(Comparator.comparing(CountryOption::label, collator)).toList();
    }
}
