package nl.eisenwijzer.catalog;

import java.util.Collection;
import java.util.stream.Collectors;

/** A text in Dutch (first) and English. Catalogue titles, labels and rule explanations are all bilingual. */
public record Text(String nl, String en) {

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    /** The same text in both languages, e.g. an identifier or a number. */
    public static Text both(String value) {
        return new Text(value, value);
    }

    /** A whole number as each language writes it: 1.000.000 in Dutch, 1,000,000 in English. */
    public static Text number(long value) {
        String en = String.format(java.util.Locale.ROOT, "%,d", value);
        return new Text(en.replace(',', '.'), en);
    }

    /** This text with a language left blank taken from the other, e.g. the buyer's own text given in Dutch only. */
    public Text completed() {
        boolean hasNl = nl != null && !nl.isBlank();
        boolean hasEn = en != null && !en.isBlank();
        return new Text(hasNl ? nl : en, hasEn ? en : nl);
    }

    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }

    public Text append(Text other) {
        return new Text(nl + other.nl, en + other.en);
    }

    public Text append(String nlPart, String enPart) {
        return new Text(nl + nlPart, en + enPart);
    }

    /** The same prefix (an id, say) before both languages. */
    public Text prefixed(String prefix) {
        return new Text(prefix + nl, prefix + en);
    }

    /** Joins texts with a separator per language, keeping the given order. */
    public static Text join(Collection<Text> texts, String nlSeparator, String enSeparator) {
        return new Text(
                texts.stream().map(Text::nl).collect(Collectors.joining(nlSeparator)),
                texts.stream().map(Text::en).collect(Collectors.joining(enSeparator)));
    }
}
