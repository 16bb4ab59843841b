package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.WireEnum;

/**
 * What a bidder relies on another party for when it brings that party's certificate ("verklaring van een derde
 * partij met wie de inschrijver samenwerkt voor hosting/informatiebeveiliging", Velsen par. 3.4 onder 5).
 */
public enum ReliedOnFor implements WireEnum {
    HOSTING,
    INFORMATION_SECURITY;

    /** {@code hosting}, {@code information-security}. */
    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** In words, lower case, for the rules' explanations and the documents. */
    public Text label() {
        return switch (this) {
            case HOSTING -> Text.of("hosting", "hosting");
            case INFORMATION_SECURITY -> Text.of("informatiebeveiliging", "information security");
        };
    }
}
