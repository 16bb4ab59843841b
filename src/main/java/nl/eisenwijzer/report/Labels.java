package nl.eisenwijzer.report;

import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Text;

/** The fixed words of the documents we write, in both languages. */
final class Labels {

    static final Text PVE_TITLE = Text.of("Programma van Eisen", "Requirements programme");
    static final Text ORGANISATION = Text.of("Opdrachtgever", "Buyer");
    static final Text REFERENCE_DATE = Text.of("Peildatum", "Reference date");
    static final Text CATALOGUE = Text.of("Catalogus", "Catalogue");
    static final Text FINGERPRINT = Text.of("Vingerafdruk", "Fingerprint");
    static final Text SUMMARY = Text.of("Samenvatting", "Summary");
    static final Text EVIDENCE = Text.of("Bewijs", "Evidence");
    static final Text RELATED = Text.of("Verwant", "Related");
    static final Text SATISFIES = Text.of("Voldoet aan", "Satisfies");
    static final Text MERGED = Text.of("Samengevoegd", "Merged");
    static final Text WHY = Text.of("Waarom", "Why");
    static final Text OBLIGATION = Text.of("Eis of wens", "Requirement or wish");
    static final Text NOT_ASKED = Text.of("Bijlage: geselecteerd maar niet gevraagd", "Annex: selected but not asked");
    static final Text PRODUCT_TYPES = Text.of("Producttypen", "Product types");
    static final Text SOURCE = Text.of("Bron", "Source");
    static final Text APPLIES_WHEN = Text.of("Geldt bij", "Applies when");

    private Labels() {
    }

    /** Text made safe for a Markdown table cell. */
    static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }

    static String obligation(Obligation obligation, Language language) {
        return (obligation == Obligation.MUST ? Text.of("Eis (knock-out)", "Requirement (knock-out)")
                : Text.of("Wens (gescoord)", "Wish (scored)")).in(language);
    }
}
