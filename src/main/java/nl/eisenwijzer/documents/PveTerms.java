package nl.eisenwijzer.documents;

import java.util.List;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.report.Labels;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.Answer;
import nl.eisenwijzer.pve.Pve;

/**
 * The words the Word annex and the answer sheet share, in the PvE's language: kinds, catalogue labels
 * and what each answer means. One place, so both documents tell the bidder the same thing.
 */
final class PveTerms {

    static final Text BUYER = Text.of("Opdrachtgever", "Buyer");
    static final Text REFERENCE_DATE = Labels.REFERENCE_DATE;
    static final Text CATALOGUE = Text.of("Catalogusversie", "Catalogue version");
    static final Text FINGERPRINT = Labels.FINGERPRINT;
    static final Text CODE = Text.of("Code", "Code");
    static final Text DESCRIPTION = Text.of("Omschrijving", "Description");

    private final Catalog catalog;
    private final Language language;

    PveTerms(Catalog catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
    }

    Language language() {
        return language;
    }

    String in(Text text) {
        return text.in(language);
    }

    /** The kind of a line, with a wish's weight. */
    String kind(Kind kind, Integer weight) {
        return Labels.kindWithWeight(kind, weight, language);
    }

    String domain(String id) {
        return catalog.domainsById().get(id).label().in(language);
    }

    /** The catalogue label of an evidence type; the id itself for a type the catalogue does not know. */
    String evidence(String id) {
        return catalog.evidenceLabel(id).in(language);
    }

    String kind(EvidenceType.Form kind) {
        return in(switch (kind) {
            case CERTIFICATE -> Text.of("certificaat", "certificate");
            case REPORT -> Text.of("rapport", "report");
            case DOCUMENT -> Text.of("document", "document");
            case STATEMENT -> Text.of("verklaring", "statement");
        });
    }

    String yesNo(boolean value) {
        return in(value ? Text.of("ja", "yes") : Text.of("nee", "no"));
    }

    /** What a bidder says with each answer, e.g. "partially-complies: ...". */
    String meaning(Answer answer) {
        return in(switch (answer) {
            case COMPLIES -> Text.of("u voldoet volledig", "you meet it in full");
            case PARTIALLY_COMPLIES -> Text.of("u voldoet gedeeltelijk; licht toe wat ontbreekt en wanneer het er is",
                    "you meet it in part; explain what is missing and when it will be there");
            case DOES_NOT_COMPLY -> Text.of("u voldoet niet", "you do not meet it");
            case NOT_APPLICABLE -> Text.of("de eis is op uw aanbod niet van toepassing; licht toe waarom",
                    "the requirement does not apply to your offer; explain why");
        });
    }

    /** Every evidence type the PvE asks for somewhere, in catalogue order. */
    List<EvidenceType> evidenceTypesAsked(Pve pve) {
        List<String> asked = pve.requirements().stream().flatMap(l -> l.evidence().stream()).distinct().toList();
        return catalog.evidenceTypes().stream().filter(t -> asked.contains(t.id())).toList();
    }
}
