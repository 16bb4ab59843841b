package nl.eisenwijzer.report;

import java.util.Map;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Obligation;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.natsec.Outcome;
import nl.eisenwijzer.natsec.RouteKind;
import nl.eisenwijzer.pve.Pve;

/**
 * The fixed words of the documents we write, in both languages: one place, so that the Markdown, the
 * printable HTML/PDF and the CSV say "bewijs verlopen" or "Uitsluiting mogelijk" the same way.
 */
public final class Labels {

    public static final Text PVE_TITLE = Text.of("Programma van Eisen", "Requirements programme");
    public static final Text ORGANISATION = Text.of("Opdrachtgever", "Buyer");
    public static final Text REFERENCE_DATE = Text.of("Peildatum", "Reference date");
    public static final Text CATALOGUE = Text.of("Catalogus", "Catalogue");
    public static final Text FINGERPRINT = Text.of("Vingerafdruk", "Fingerprint");
    public static final Text SUMMARY = Text.of("Samenvatting", "Summary");
    public static final Text EVIDENCE = Text.of("Bewijs", "Evidence");
    public static final Text RELATED = Text.of("Verwant", "Related");
    public static final Text SATISFIES = Text.of("Voldoet aan", "Satisfies");
    public static final Text MERGED = Text.of("Samengevoegd", "Merged");
    public static final Text WHY = Text.of("Waarom", "Why");
    public static final Text OBLIGATION = Text.of("Eis of wens", "Requirement or wish");
    public static final Text NOT_ASKED = Text.of("Bijlage: geselecteerd maar niet gevraagd", "Annex: selected but not asked");
    public static final Text PRODUCT_TYPES = Text.of("Producttypen", "Product types");
    public static final Text SOURCE = Text.of("Bron", "Source");
    public static final Text APPLIES_WHEN = Text.of("Geldt bij", "Applies when");

    public static final Text GAP_REPORT = Text.of("Gap-rapport", "Gap report");
    public static final Text CONTRACT = Text.of("Contract", "Contract");
    public static final Text RANKING = Text.of("Rangorde", "Ranking");
    public static final Text BIDDER = Text.of("Inschrijver", "Bidder");
    public static final Text VERDICT = Text.of("Oordeel", "Verdict");
    public static final Text REQUIREMENT = Text.of("Eis", "Requirement");
    public static final Text KNOCK_OUTS = Text.of("Knock-outs: niet na gunning te herstellen",
            "Knock-outs: cannot be remediated after award");
    public static final Text SUITABILITY = Text.of("Geschiktheid", "Suitability");
    public static final Text THRESHOLD = Text.of("Drempel", "Threshold");
    public static final Text ACTUAL = Text.of("Feitelijk", "Actual");
    public static final Text WARNINGS = Text.of("Waarschuwingen", "Warnings");
    public static final Text OPEN_ITEMS = Text.of("Open punten", "Open items");
    public static final Text ROADMAP = Text.of("Roadmap", "Roadmap");
    public static final Text PHASE = Text.of("Fase", "Phase");
    public static final Text MILESTONE = Text.of("mijlpaal", "milestone");
    public static final Text MATRIX = Text.of("Matrix", "Matrix");
    public static final Text WISH_MARK = Text.of("wens (gescoord); de andere regels zijn eisen (knock-out).",
            "wish (scored); the other rows are knock-out requirements.");

    public static final Text NATSEC_TEST = Text.of("Toets nationale veiligheid", "National-security test");
    public static final Text OUTCOME = Text.of("Uitkomst", "Outcome");
    public static final Text NEEDED_FOR_OUTCOME = Text.of("Nodig voor een uitkomst", "Needed for an outcome");
    public static final Text FOUR_QUESTIONS = Text.of("De vier vragen", "The four questions");
    public static final Text CHAIN = Text.of("De keten", "The chain");
    public static final Text PARTY = Text.of("Partij", "Party");
    public static final Text ROLE = Text.of("Rol", "Role");
    public static final Text COUNTRY = Text.of("Land", "Country");
    public static final Text ACCESS = Text.of("Toegang", "Access");
    public static final Text CONTROL = Text.of("Zeggenschap", "Control");
    public static final Text NOT_ASSESSED = Text.of("niet getoetst", "not assessed");
    public static final Text JUSTIFICATION = Text.of("Onderbouwing", "Justification");
    public static final Text DERIVED = Text.of("afgeleid", "derived");
    public static final Text CONFIRMED = Text.of("bevestigd door een persoon", "confirmed by a person");
    public static final Text RISK = Text.of("Risico", "Risk");
    public static final Text COVERED_BY = Text.of("Afgedekt door", "Covered by");
    public static final Text LEGAL_ROUTE = Text.of("Juridische route", "Legal route");
    public static final Text MEASURES_AND_REQUIREMENTS = Text.of("Beheersmaatregelen en eisen voor het PvE",
            "Control measures and PvE requirements");
    public static final Text REALISABLE = Text.of("Realiseerbaar volgens de opdrachtgever", "Realisable according to the buyer");
    public static final Text NOT_STATED = Text.of("niet opgegeven", "not stated");
    public static final Text NO_MEASURES_CHOSEN = Text.of("Geen maatregelen gekozen: geen partij heeft de uitkomst beheersen.",
            "No measures chosen: no party has the outcome mitigate.");
    public static final Text TITLE = Text.of("Titel", "Title");
    public static final Text MEASURE = Text.of("Maatregel", "Measure");

    private static final Map<GapStatus, Text> STATUS = Map.of(
            GapStatus.MET, Text.of("aangetoond", "met"),
            GapStatus.CLAIMED, Text.of("alleen verklaard", "claimed only"),
            GapStatus.EVIDENCE_EXPIRED, Text.of("bewijs verlopen", "evidence expired"),
            GapStatus.OUT_OF_SCOPE, Text.of("buiten scope", "out of scope"),
            GapStatus.PARTIAL, Text.of("gedeeltelijk", "partial"),
            GapStatus.GAP, Text.of("tekort", "gap"),
            GapStatus.UNANSWERED, Text.of("onbeantwoord", "unanswered"),
            GapStatus.WAIVED, Text.of("afwijking aanvaard", "waived"));
    private static final Map<Verdict, Text> VERDICTS = Map.of(
            Verdict.COMPLIANT, Text.of("Voldoet", "Compliant"),
            Verdict.CONDITIONAL, Text.of("Voorwaardelijk", "Conditional"),
            Verdict.EXCLUDED, Text.of("Uitgesloten", "Excluded"));
    private static final Map<Outcome, Text> OUTCOMES = Map.of(
            Outcome.EXCLUSION_POSSIBLE, Text.of("Uitsluiting mogelijk", "Exclusion possible"),
            Outcome.MITIGATE, Text.of("Beheersen met maatregelen", "Mitigate with measures"),
            Outcome.NO_INDICATION, Text.of("Geen aanwijzing", "No indication"),
            Outcome.INSUFFICIENT_INFORMATION, Text.of("Onvoldoende informatie", "Insufficient information"));
    private static final Map<RouteKind, Text> ROUTES = Map.of(
            RouteKind.AW2012_NON_GPA, Text.of("Aanbestedingswet 2012: land geen partij bij de GPA",
                    "Public Procurement Act 2012: country not a party to the GPA"),
            RouteKind.ADV_NON_EU, Text.of("Aanbestedingswet op defensie- en veiligheidsgebied: land buiten de EU",
                    "Defence and Security Procurement Act: country outside the EU"),
            RouteKind.NONE_FOUND, Text.of("Geen grond op herkomst gevonden", "No ground based on origin found"));

    private Labels() {
    }

    public static String status(GapStatus status, Language language) {
        return STATUS.get(status).in(language);
    }

    public static String verdict(Verdict verdict, Language language) {
        return VERDICTS.get(verdict).in(language);
    }

    public static String outcome(Outcome outcome, Language language) {
        return OUTCOMES.get(outcome).in(language);
    }

    public static String route(RouteKind route, Language language) {
        return ROUTES.get(route).in(language);
    }

    /** An answer of the national-security test: yes, no, or unknown when nobody could say. */
    public static String answer(Boolean value, Language language) {
        return (value == null ? Text.of("onbekend", "unknown") : value ? Text.of("ja", "yes") : Text.of("nee", "no")).in(language);
    }

    public static String obligation(Obligation obligation, Language language) {
        return (obligation == Obligation.MUST ? Text.of("Eis (knock-out)", "Requirement (knock-out)")
                : Text.of("Wens (gescoord)", "Wish (scored)")).in(language);
    }

    /** The short form for lists and cells: eis or wens. */
    public static String obligationShort(Obligation obligation, Language language) {
        return (obligation == Obligation.MUST ? Text.of("eis", "requirement") : Text.of("wens", "wish")).in(language);
    }

    /** An evidence type's label; an id the catalogue does not know stays as it is. */
    public static String evidence(Catalog catalog, String id, Language language) {
        EvidenceType type = catalog.evidenceTypesById().get(id);
        return type == null ? id : type.label().in(language);
    }

    /** How many lines and catalogue requirements a PvE has, for the header of a report judged against it. */
    public static String pveCounts(Pve.Summary pve, Language language) {
        return Text.of(pve.lines() + " regels, " + pve.requirements() + " eisen uit de catalogus",
                pve.lines() + " lines, " + pve.requirements() + " catalogue requirements").in(language);
    }

    /** The PvE's summary paragraph: knock-outs and wishes, the frameworks drawn from, and what merging saved. */
    public static String pveSummary(Catalog catalog, Pve pve) {
        Pve.Summary summary = pve.summary();
        String frameworks = pve.requirements().stream().flatMap(l -> l.satisfies().stream())
                .map(id -> catalog.requirementsById().get(id).framework()).distinct()
                .sorted().collect(Collectors.joining(", "));
        Text counts = Text.of(
                summary.must() + " eisen (knock-out: niet voldoen betekent uitsluiting van de inschrijving) en "
                        + summary.should() + " wensen (gescoord bij de gunning), uit " + frameworks + ".",
                summary.must() + " requirements (knock-out: failing one sets the bid aside) and " + summary.should()
                        + " wishes (scored at award), drawn from " + frameworks + ".");
        if (summary.requirements() > summary.lines()) {
            counts = counts.append(Text.of(
                    " Deze " + summary.lines() + " regels dekken " + summary.requirements() + " eisen uit de catalogus: "
                            + "waar eisen uit verschillende kaders hetzelfde vragen, beantwoordt de inschrijver ze één keer.",
                    " These " + summary.lines() + " lines cover " + summary.requirements() + " catalogue requirements: "
                            + "where requirements from different frameworks ask the same, the bidder answers them once."));
        }
        return counts.in(pve.language());
    }

    /** Text made safe for a Markdown table cell. */
    static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}
