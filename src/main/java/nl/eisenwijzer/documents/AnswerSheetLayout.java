package nl.eisenwijzer.documents;

import java.util.List;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.Answer;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.gap.ReliedOnFor;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.report.Labels;

/**
 * The shape of the answer sheet, shared by {@link AnswerSheet} (which writes it) and {@link AnswerSheetReader}
 * (which reads it back): the sheets, their columns, and for each column the dossier field it holds, its
 * label in both languages and the kind of value it takes. Every sheet has two header rows, the label and the
 * dossier field name; the reader finds columns by field name, so a bidder who moves a column does no harm.
 * Waivers are not in it: the buyer grants them, a bidder's own sheet cannot.
 */
final class AnswerSheetLayout {

    /** The very hidden sheet that ties a workbook to its PvE. */
    static final String METADATA_SHEET = "eisenwijzer";
    static final String FORMAT = "eisenwijzer-answer-sheet";
    static final String FORMAT_VERSION = "1";
    static final int LABEL_ROW = 0;
    static final int FIELD_ROW = 1;
    static final int FIRST_ROW = 2;
    /** Rows of a dossier table that get the drop-downs and input messages; a bidder with more can copy them down. */
    static final int PREPARED_ROWS = 200;

    /** What a cell holds, which decides how it is validated in Excel and parsed on import. */
    enum Kind { TEXT, DATE, YES_NO, WHOLE_NUMBER, CHOICE, CHOICES }

    /**
     * One column (or, on a form sheet, one row) of the answer sheet.
     *
     * @param choices the allowed values of a CHOICE or CHOICES cell, in the order offered
     * @param aliases deprecated values still read from sheets made before they changed, never offered
     * @param hint the input message Excel shows on the cell, or {@code null} for none
     * @param input whether the bidder fills it in (the PvE's own columns on the requirements sheet are locked)
     * @param width the column width in characters
     */
    record Column(String field, Text label, Kind kind, List<String> choices, List<String> aliases, Text hint,
            boolean input, int width) {

        static Column open(String field, Text label, Kind kind, Text hint, int width) {
            return new Column(field, label, kind, List.of(), List.of(), hint, true, width);
        }

        static Column choice(String field, Text label, Kind kind, List<String> choices, Text hint, int width) {
            return new Column(field, label, kind, List.copyOf(choices), List.of(), hint, true, width);
        }

        static Column fixed(String field, Text label, int width) {
            return new Column(field, label, Kind.TEXT, List.of(), List.of(), null, false, width);
        }

        /** This column, reading {@code deprecated} values too. */
        Column alsoReading(List<String> deprecated) {
            return new Column(field, label, kind, choices, List.copyOf(deprecated), hint, input, width);
        }
    }

    /**
     * A sheet: a table with one dossier record per row, or a form with one field per row (the bidder,
     * the insurance).
     *
     * @param path where its records go in the dossier: {@code certificates}, {@code insurance}, or empty for
     *     the bidder's own fields
     */
    record Sheet(String path, Text name, boolean form, List<Column> columns) {

        Column column(String field) {
            return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
        }
    }

    static final Text FORM_LABEL = Text.of("Gegeven", "Item");
    static final Text FORM_FIELD = Text.of("Veld", "Field");
    static final Text FORM_VALUE = Text.of("Waarde", "Value");
    /** A form sheet has one header row, then one row per field: label, field name, value (column C). */
    static final int FORM_FIRST_ROW = 1;
    static final int FORM_FIELD_COLUMN = 1;
    static final int FORM_VALUE_COLUMN = 2;

    private static final Text DATE = Text.of("Een datum, bijvoorbeeld 2025-07-07.", "A date, for example 2025-07-07.");
    private static final Text YES_NO = Text.of("yes of no.", "yes or no.");
    private static final Text COUNTRY = Text.of("Landcode volgens ISO 3166, bijvoorbeeld NL, BE of DE.",
            "ISO 3166 country code, for example NL, BE or DE.");
    private static final Text AMOUNT = Text.of("Een bedrag in hele euro's, zonder punten.", "An amount in whole euros.");

    private final Sheet requirements;
    private final List<Sheet> dossier;

    AnswerSheetLayout(Catalog catalog) {
        List<String> services = catalog.productTypes().stream().map(ProductType::id).toList();
        // The countries a dossier may name are the catalogue's (the dossier check reads the same list).
        List<String> countries = catalog.countriesByCode().keySet().stream().sorted().toList();
        Column name = Column.open("name", Text.of("Naam", "Name"), Kind.TEXT, null, 36);
        Column country = Column.choice("country", Text.of("Land", "Country"), Kind.CHOICE, countries, COUNTRY, 10);
        Column stateOwned = Column.choice("stateOwned", Text.of("In handen van een staat", "State-owned"), Kind.YES_NO,
                List.of("yes", "no"), YES_NO, 14);
        Column covers = Column.choice("coversServices", Text.of("Dekt producttypen", "Covers product types"),
                Kind.CHOICES, services, Text.of("De producttypen die het bewijs dekt, gescheiden door komma's.",
                        "The product types the evidence covers, separated by commas."), 30);
        requirements = new Sheet("statements", Text.of("Eisen", "Requirements"), false, List.of(
                Column.fixed("nr", Text.of("Nr.", "No."), 7),
                Column.fixed("requirement", Labels.REQUIREMENT, 18),
                Column.fixed("domain", Text.of("Onderwerp", "Subject"), 18),
                Column.fixed("kind", Labels.KIND, 18),
                Column.fixed("title", Text.of("Titel", "Title"), 30),
                Column.fixed("text", Text.of("Tekst", "Text"), 60),
                Column.fixed("satisfies", Labels.SATISFIES, 18),
                Column.fixed("evidenceAsked", Text.of("Gevraagd bewijs", "Evidence asked"), 22),
                // A sheet made before the answer codes changed offers the first codes in its drop-down.
                Column.choice("answer", Text.of("Antwoord", "Answer"), Kind.CHOICE, WireEnum.allowed(Answer.class), null, 19)
                        .alsoReading(Answer.deprecatedAliases()),
                Column.open("explanation", Text.of("Toelichting", "Explanation"), Kind.TEXT, null, 50),
                Column.choice("evidence", Text.of("Bewijs", "Evidence"), Kind.CHOICES,
                        catalog.evidenceTypes().stream().map(EvidenceType::id).toList(), null, 24)));
        dossier = List.of(
                new Sheet("", Text.of("Inschrijver", "Bidder"), true, List.of(
                        name,
                        Column.open("kvkNumber", Text.of("KvK-nummer", "Chamber of Commerce number"), Kind.TEXT, null, 14),
                        country,
                        Column.open("price", Text.of("Inschrijfprijs (EUR, excl. btw)", "Bid price (EUR, excl. VAT)"),
                                Kind.WHOLE_NUMBER, Text.of("De totale inschrijfprijs in hele euro's, exclusief btw, zoals "
                                        + "het prijsblad van de aanbesteding die vraagt.", "The total bid price in whole euros, excluding "
                                        + "VAT, as the tender's price sheet asks it."), 16),
                        stateOwned)),
                new Sheet("certificates", Text.of("Certificaten", "Certificates"), false, List.of(
                        Column.choice("type", Text.of("Soort", "Type"), Kind.CHOICE, ids(catalog, EvidenceType.Form.CERTIFICATE),
                                null, 16),
                        Column.open("scope", Text.of("Reikwijdte (scope)", "Scope"), Kind.TEXT, null, 40),
                        covers,
                        Column.open("issuer", Text.of("Certificerende instelling", "Certification body"), Kind.TEXT, null, 28),
                        Column.choice("accredited", Text.of("Geaccrediteerd", "Accredited"), Kind.YES_NO, List.of("yes", "no"),
                                Text.of("yes als het certificaat onder accreditatie is afgegeven (bijvoorbeeld door de RvA).",
                                        "yes when the certificate was issued under accreditation (e.g. by the RvA)."), 14),
                        Column.open("issued", Text.of("Afgegeven op", "Issued"), Kind.DATE, DATE, 13),
                        Column.open("validUntil", Text.of("Geldig tot", "Valid until"), Kind.DATE, DATE, 13),
                        Column.open("holder", Text.of("Houder, als dat niet de inschrijver is", "Holder, when not the bidder"),
                                Kind.TEXT, Text.of("Leeg voor een eigen certificaat; anders de partij waarmee de inschrijver "
                                        + "samenwerkt voor hosting of informatiebeveiliging.", "Empty for the bidder's own "
                                        + "certificate; else the party the bidder works with for hosting or information "
                                        + "security."), 28),
                        Column.choice("reliedOnFor", Text.of("Beroep op de houder voor", "Holder relied on for"), Kind.CHOICE,
                                WireEnum.allowed(ReliedOnFor.class), Text.of("Alleen met een houder.", "Only with a holder."),
                                20))),
                new Sheet("reports", Text.of("Rapporten", "Reports"), false, List.of(
                        Column.choice("type", Text.of("Soort", "Type"), Kind.CHOICE, ids(catalog, EvidenceType.Form.REPORT),
                                null, 18),
                        Column.open("issuer", Text.of("Opgesteld door", "Issuer"), Kind.TEXT, null, 28),
                        Column.open("periodStart", Text.of("Begin periode", "Period start"), Kind.DATE, DATE, 13),
                        Column.open("periodEnd", Text.of("Einde periode", "Period end"), Kind.DATE, DATE, 13),
                        Column.open("issued", Text.of("Uitgebracht op", "Issued"), Kind.DATE, DATE, 13),
                        covers)),
                new Sheet("documents", Text.of("Documenten", "Documents"), false, List.of(
                        Column.choice("type", Text.of("Soort", "Type"), Kind.CHOICE, ids(catalog, EvidenceType.Form.DOCUMENT),
                                null, 26),
                        Column.open("date", Text.of("Datum", "Date"), Kind.DATE, DATE, 13),
                        Column.choice("equivalentOf", Text.of("Vervangt het Nederlandse document", "Replaces the Dutch document"),
                                Kind.CHOICE, catalog.evidenceTypes().stream().filter(EvidenceType::equivalentsAccepted)
                                        .map(EvidenceType::id).toList(),
                                Text.of("Alleen bij EQUIVALENT-DOCUMENT of SWORN-STATEMENT van een buitenlandse inschrijver.",
                                        "Only with EQUIVALENT-DOCUMENT or SWORN-STATEMENT of a foreign bidder."), 22),
                        Column.choice("country", Text.of("Land van afgifte", "Issuing country"), Kind.CHOICE, countries,
                                COUNTRY, 10),
                        Column.open("name", Text.of("Naam in dat land", "Name in that country"), Kind.TEXT,
                                Text.of("Bijvoorbeeld Führungszeugnis.", "For example Führungszeugnis."), 28))),
                new Sheet("insurance", Text.of("Verzekering", "Insurance"), true, List.of(
                        Column.open("perClaim", Text.of("Dekking per aanspraak (euro)", "Cover per claim (euro)"),
                                Kind.WHOLE_NUMBER, AMOUNT, 16),
                        Column.open("perYear", Text.of("Dekking per jaar (euro)", "Cover per year (euro)"),
                                Kind.WHOLE_NUMBER, AMOUNT, 16),
                        Column.choice("willTakeOutOnAward", Text.of("Sluit de gevraagde verzekering af bij gunning",
                                "Takes out the insurance asked on award"), Kind.YES_NO, List.of("yes", "no"), Text.of(
                                "yes als de inschrijver onvoorwaardelijk verklaart de gevraagde verzekering bij gunning af "
                                        + "te sluiten; de dekking mag dan leeg blijven.", "yes when the bidder states "
                                        + "unconditionally that it takes out the insurance asked on award; the cover may "
                                        + "then stay empty."), 16))),
                new Sheet("references", Text.of("Referenties", "References"), false, List.of(
                        Column.open("client", Text.of("Opdrachtgever", "Client"), Kind.TEXT, null, 32),
                        Column.open("completed", Text.of("Afgerond op", "Completed"), Kind.DATE, DATE, 13),
                        Column.open("users", Text.of("Aantal gebruikers", "Users"), Kind.WHOLE_NUMBER, null, 12),
                        Column.choice("publicSector", Text.of("Publieke sector", "Public sector"), Kind.YES_NO,
                                List.of("yes", "no"), YES_NO, 12))),
                new Sheet("ownership", Text.of("Zeggenschap", "Ownership"), false, List.of(
                        Column.open("party", Text.of("Zeggenschap over", "Controls"), Kind.TEXT, Text.of(
                                "Leeg voor de inschrijver zelf, anders de naam van een onderaannemer of componentleverancier. "
                                        + "Per partij van de directe moeder omhoog.",
                                "Empty for the bidder itself, else the name of a subcontractor or component supplier. "
                                        + "Per party from the direct parent upwards."), 30),
                        name, country, stateOwned)),
                chain("subcontractors", Text.of("Onderaannemers", "Subcontractors"), name, country, stateOwned),
                chain("components", Text.of("Componenten", "Components"), name, country, stateOwned));
    }

    private static Sheet chain(String path, Text sheetName, Column name, Column country, Column stateOwned) {
        return new Sheet(path, sheetName, false, List.of(name, country,
                Column.open("role", Text.of("Rol", "Role"), Kind.TEXT, null, 44),
                Column.choice("access", Text.of("Toegang", "Access"), Kind.CHOICES, WireEnum.allowed(ChainAccess.class),
                        null, 30),
                stateOwned));
    }

    private static List<String> ids(Catalog catalog, EvidenceType.Form kind) {
        return catalog.evidenceTypes().stream().filter(t -> t.kind() == kind).map(EvidenceType::id).toList();
    }

    /** The PvE lines and the bidder's answers to them. */
    Sheet requirements() {
        return requirements;
    }

    /** The dossier sheets after the requirements: bidder, evidence, references, chain. */
    List<Sheet> dossier() {
        return dossier;
    }

    Sheet dossier(String path) {
        return dossier.stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow();
    }
}
