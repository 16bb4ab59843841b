package nl.eisenwijzer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Strength;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.natsec.Basis;
import nl.eisenwijzer.natsec.NatsecReport;
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
    public static final Text KIND = Text.of("Soort", "Kind");
    public static final Text STRENGTH = Text.of("Bron", "Source");
    public static final Text WEIGHT = Text.of("Gewicht", "Weight");
    public static final Text ITEMS = Text.of("Onderdelen", "Sub-points");
    public static final Text ANNEX = Text.of("Bijlage", "Annex");
    public static final Text SEE_ANNEX = Text.of("Uitwerking", "Details");
    public static final Text LEGAL_BASIS = Text.of("Wettelijke grondslag", "Legal basis");
    public static final Text TAILORED = Text.of("Aangepast", "Tailored");
    public static final Text ORIGINAL_TEXT = Text.of("Oorspronkelijke tekst", "Original text");
    public static final Text VERIFICATION = Text.of("Verificatie na gunning", "Verification after award");
    public static final Text TAILORING_WARNINGS = Text.of("Let op: aanpassingen van wettelijke plichten",
            "Note: tailoring of legal duties");
    public static final Text LINES = Text.of("Regels", "Lines");
    public static final Text SCORE = Text.of("Score op de wensen", "Score on the wishes");
    public static final Text POINTS = Text.of("Punten", "Points");
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
    public static final Text RELIANCES = Text.of("Beroep op derden", "Reliance on third parties");
    public static final Text RELIED_ON_FOR = Text.of("Waarvoor", "For");
    public static final Text BEFORE_SIGNING = Text.of("Vóór ondertekening van het contract", "Before the contract is signed");
    public static final Text MATRIX = Text.of("Matrix", "Matrix");
    public static final Text WISH_MARK = Text.of("Regels zonder soort tussen haakjes zijn knock-outs (eis of geschiktheidseis).",
            "Rows without a kind in brackets are knock-outs (requirement or suitability requirement).");

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
    public static final Text TEXT = Text.of("Tekst", "Text");
    public static final Text MEASURE = Text.of("Maatregel", "Measure");

    private static final Map<GapStatus, Text> STATUS = Map.of(
            GapStatus.MET, Text.of("aangetoond", "met"),
            GapStatus.ACCEPTED, Text.of("aanvaard, na gunning aan te tonen", "accepted, to show after award"),
            GapStatus.CLAIMED, Text.of("alleen verklaard", "claimed only"),
            GapStatus.EVIDENCE_EXPIRED, Text.of("bewijs verlopen", "evidence expired"),
            GapStatus.OUT_OF_SCOPE, Text.of("buiten scope", "out of scope"),
            GapStatus.PARTIAL, Text.of("gedeeltelijk", "partial"),
            GapStatus.GAP, Text.of("tekort", "gap"),
            GapStatus.UNANSWERED, Text.of("onbeantwoord", "unanswered"),
            GapStatus.WAIVED, Text.of("afwijking aanvaard", "waived"));
    private static final Map<Kind, Text> KIND_EXPLAINED = Map.of(
            Kind.EIS, Text.of("knock-out: niet voldoen betekent uitsluiting van de inschrijving",
                    "knock-out: failing one sets the bid aside"),
            Kind.WENS, Text.of("gunningscriterium: gescoord naar gewicht", "award criterion: scored by weight"),
            Kind.CONTRACTVOORWAARDE, Text.of("uitvoeringsvoorwaarde: aanvaard door in te schrijven, na gunning getoetst",
                    "execution condition: accepted by bidding, verified after award"),
            Kind.GESCHIKTHEIDSEIS, Text.of("eis aan de inschrijver zelf", "requirement on the bidder itself"));
    private static final Map<Verdict, Text> VERDICTS = Map.of(
            Verdict.ADMISSIBLE, Text.of("Geldig", "Admissible"),
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

    /** A status in a mark or a column header, where the words must fit a narrow cell on one line. */
    public static String statusShort(GapStatus status, Language language) {
        return status == GapStatus.ACCEPTED ? Text.of("na gunning te tonen", "to show after award").in(language)
                : status(status, language);
    }

    /** A rank, or a dash for a bid that has none (excluded). */
    public static String rank(Integer rank) {
        return rank == null ? "–" : String.valueOf(rank);
    }

    /** Points as published (two decimals, the language's decimal mark), or a dash when there are none. */
    public static String points(java.math.BigDecimal points, Language language) {
        return points == null ? "–" : nl.eisenwijzer.catalog.Money.points(points).in(language);
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
    public static String answer(Tri value, Language language) {
        return (switch (value) {
            case TRUE -> Text.of("ja", "yes");
            case FALSE -> Text.of("nee", "no");
            case UNKNOWN -> Text.of("onbekend", "unknown");
        }).in(language);
    }

    /**
     * The short notice a gap report in prose carries when the input used deprecated codes: which, how often and
     * what they were read as. The JSON report names every field; a person reading the document needs only this.
     *
     * @return {@code null} when there is none
     */
    public static String deprecationNotice(List<GapReport.Deprecation> deprecations, Language language) {
        if (deprecations.isEmpty()) {
            return null;
        }
        record Code(String given, String use) {
        }
        Map<Code, Long> counts = deprecations.stream().collect(Collectors.groupingBy(d -> new Code(d.given(), d.use()),
                LinkedHashMap::new, Collectors.counting()));
        List<Text> codes = new ArrayList<>();
        counts.forEach((code, count) -> {
            String given = "'" + code.given() + "' (" + count + "\u00d7)";
            String use = "'" + code.use() + "'";
            codes.add(codes.isEmpty() ? Text.of(given + " is gelezen als " + use, given + " was read as " + use)
                    : Text.of(given + " als " + use, given + " as " + use));
        });
        return Text.of("Let op: de invoer gebruikt verouderde codes: ", "Note: the input uses deprecated codes: ")
                .append(Text.join(codes, ", ", ", "))
                .append(". Het oordeel is hetzelfde, maar API v2 aanvaardt deze codes niet meer.",
                        ". The verdict is the same, but API v2 will no longer accept these codes.")
                .in(language);
    }

    /** Where an answer of the national-security test comes from; a confirmed one shows what the rules derived beside it. */
    public static String basis(NatsecReport.QuestionAnswer answer, Language language) {
        return answer.basis() == Basis.CONFIRMED
                ? CONFIRMED.in(language) + "; " + DERIVED.in(language) + ": " + answer(answer.derived(), language)
                : DERIVED.in(language);
    }

    /** The kind of a line as a heading word: "Eis (knock-out)", "Wens (gunningscriterium)", … */
    public static String kind(Kind kind, Language language) {
        String label = kind.label().in(language);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The short form for lists and cells: eis, wens, contractvoorwaarde, geschiktheidseis. */
    public static String kindShort(Kind kind, Language language) {
        return (language == Language.NL ? Text.both(kind.wire()) : Text.of("", kind.label().en().replace(" (knock-out)", "")
                .replace(" (award criterion)", ""))).in(language);
    }

    /** What a kind means for a bidder, in one clause. */
    public static String kindExplained(Kind kind, Language language) {
        return KIND_EXPLAINED.get(kind).in(language);
    }

    /** A kind with what it means, and for a wish its weight: the line's heading in every document. */
    public static String kindWithWeight(Kind kind, Integer weight, Language language) {
        return kind(kind, language) + (weight == null ? "" : ", " + WEIGHT.in(language).toLowerCase() + " " + weight);
    }

    /** How the source puts a requirement, in words: the MUST/SHOULD of a standard, in the document's language. */
    public static String strength(Strength strength, Language language) {
        if (strength == null) {
            return Text.of("eigen eis van de opdrachtgever", "the buyer's own requirement").in(language);
        }
        return (strength == Strength.MUST ? Text.of("verplicht", "mandatory") : Text.of("aanbevolen", "recommended"))
                .in(language);
    }

    /** An evidence type's label; an id the catalogue does not know stays as it is. */
    public static String evidence(Catalog catalog, String id, Language language) {
        return catalog.evidenceLabel(id).in(language);
    }

    /** How many lines and catalogue requirements a PvE has, for the header of a report judged against it. */
    public static String pveCounts(Pve.Summary pve, Language language) {
        return Text.of(pve.lines() + " regels, " + pve.requirements() + " eisen uit de catalogus",
                pve.lines() + " lines, " + pve.requirements() + " catalogue requirements").in(language);
    }

    /**
     * The PvE's summary paragraph: the lines per kind, the frameworks drawn from, what grouping saved, the
     * annexes and the buyer's changes.
     */
    public static String pveSummary(Catalog catalog, Pve pve) {
        Pve.Summary summary = pve.summary();
        Language language = pve.language();
        String frameworks = pve.requirements().stream().flatMap(l -> l.satisfies().stream())
                .map(id -> catalog.requirementsById().containsKey(id) ? catalog.requirementsById().get(id).framework() : null)
                .filter(java.util.Objects::nonNull).distinct().sorted().collect(Collectors.joining(", "));
        String kinds = java.util.Arrays.stream(Kind.values()).filter(k -> summary.of(k) > 0)
                .map(k -> summary.of(k) + " × " + kindShort(k, language) + " (" + kindExplained(k, language) + ")")
                .collect(Collectors.joining("; "));
        Text counts = Text.of(summary.lines() + " regels: " + kinds + ". Uit " + frameworks + ".",
                summary.lines() + " lines: " + kinds + ". Drawn from " + frameworks + ".");
        if (summary.requirements() > summary.lines()) {
            counts = counts.append(Text.of(
                    " De regels dekken " + summary.requirements() + " eisen uit de catalogus: waar kaders hetzelfde onderwerp "
                            + "vragen, beantwoordt de inschrijver het één keer, met de uitwerking als onderdelen.",
                    " The lines cover " + summary.requirements() + " catalogue requirements: where frameworks ask about the "
                            + "same topic, the bidder answers once, with the details as sub-points."));
        }
        if (summary.annexed() > 0) {
            counts = counts.append(Text.of(
                    " Nog " + summary.annexed() + " eisen staan in de bijlagen van kaders die als geheel van toepassing zijn.",
                    " Another " + summary.annexed() + " requirements are in the annexes of frameworks that apply as a whole."));
        }
        if (summary.tailored() > 0) {
            counts = counts.append(Text.of(
                    " De opdrachtgever heeft " + summary.tailored() + " regels aangepast of toegevoegd; elke aanpassing staat "
                            + "met haar reden bij de regel.",
                    " The buyer changed or added " + summary.tailored() + " lines; each change is stated with its reason on "
                            + "its line."));
        }
        return counts.in(language);
    }

    /** Text made safe for a Markdown table cell. */
    static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}
