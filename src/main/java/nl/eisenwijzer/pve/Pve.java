package nl.eisenwijzer.pve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Strength;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * The Programma van Eisen in one language: the public JSON contract. Lines are ordered by domain (the order
 * of {@code catalog/domains.yaml}), then by id in natural order; the buyer's own requirements close their
 * domain.
 *
 * @param fingerprint {@code sha256:<hex>} over the catalogue, the rules and the normalised profile (its
 *     tailoring included)
 * @param profile the normalised profile the PvE was built from (defaults filled in)
 * @param requirements the lines of the PvE
 * @param annexes the requirements that declaration lines make applicable as a whole, one annex per such line
 * @param excluded requirements a rule selected but another rule kept out, and what the buyer left out, with
 *     the reason
 * @param warnings tailoring that sets aside or softens what the law asks, with the law
 */
@JsonPropertyOrder({"title", "catalogVersion", "fingerprint", "language", "grouped", "summary", "profile",
        "requirements", "annexes", "excluded", "warnings"})
public record Pve(
        String title,
        String catalogVersion,
        String fingerprint,
        Language language,
        boolean grouped,
        Summary summary,
        ProcurementProfile profile,
        List<Line> requirements,
        List<Annex> annexes,
        List<Exclusion> excluded,
        List<Warning> warnings) {

    /**
     * One PvE line.
     *
     * @param kind eis, wens, contractvoorwaarde or geschiktheidseis, decided by the rules (or the buyer)
     * @param strength how strongly the source puts the leading requirement (MUST or SHOULD); null for the buyer's own requirement
     * @param weight for a wish: its weight (1 to 10) as an award criterion; null otherwise
     * @param text the text put to the supplier: the buyer's, where tailoring replaced it
     * @param originalText the catalogue's text, where tailoring replaced it; null otherwise
     * @param satisfies every catalogue requirement this line answers: its own id first, then the requirements of
     *     other frameworks on the same topic
     * @param items the sub-points: requirements that detail one on this line (a BIO2 government measure, an
     *     element of the processor agreement)
     * @param annex for a declaration line: the id of its annex
     * @param verification how a contract condition is verified after award (the evidence it accepts)
     * @param parameters the thresholds in effect for this line (suitability)
     * @param legalBasis the law that asks this line, where a law does (AVG, Cbw, ABRO, …)
     * @param reasons why the line applies (selection rules)
     * @param kindReasons why it has its kind
     * @param mergeReasons why each other requirement is answered on this line
     * @param tailoring what the buyer changed on this line, with the reason
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "kind", "strength", "weight", "framework", "domain", "title", "text", "originalText",
            "evidence", "verification", "satisfies", "mapsTo", "items", "annex", "parameters", "legalBasis", "reasons",
            "kindReasons", "mergeReasons", "tailoring"})
    public record Line(
            String id,
            Kind kind,
            Strength strength,
            Integer weight,
            String framework,
            String domain,
            String title,
            String text,
            String originalText,
            List<String> evidence,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> verification,
            List<String> satisfies,
            List<String> mapsTo,
            List<Item> items,
            String annex,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> parameters,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> legalBasis,
            List<Reason> reasons,
            List<Reason> kindReasons,
            List<Reason> mergeReasons,
            List<Reason> tailoring) {

        /** Absent lists and maps are empty ones, so that readers need not tell "none" from "not given". */
        public Line {
            evidence = evidence == null ? List.of() : evidence;
            verification = verification == null ? List.of() : verification;
            satisfies = satisfies == null ? List.of() : satisfies;
            mapsTo = mapsTo == null ? List.of() : mapsTo;
            items = items == null ? List.of() : items;
            parameters = parameters == null ? Map.of() : parameters;
            legalBasis = legalBasis == null ? List.of() : legalBasis;
            reasons = reasons == null ? List.of() : reasons;
            kindReasons = kindReasons == null ? List.of() : kindReasons;
            mergeReasons = mergeReasons == null ? List.of() : mergeReasons;
            tailoring = tailoring == null ? List.of() : tailoring;
        }

        /** Whether this is the buyer's own requirement: not from a source, so without a strength. */
        public boolean buyersOwn() {
            return strength == null;
        }

        /** Whether the buyer changed anything on this line, or added it. */
        public boolean tailored() {
            return !tailoring.isEmpty();
        }
    }

    /** A sub-point of a line or an annex entry: a requirement that details the one named {@code partOf}. */
    @JsonPropertyOrder({"id", "partOf", "strength", "title", "text"})
    public record Item(String id, String partOf, Strength strength, String title, String text) {
    }

    /**
     * The annex of a declaration line: the requirements of the frameworks it makes applicable as a whole, with
     * their sub-points, that this purchase does not make specific.
     */
    @JsonPropertyOrder({"id", "title", "frameworks", "entries"})
    public record Annex(String id, String title, List<String> frameworks, List<Entry> entries) {

        /** A requirement in an annex, with the details (sub-points) that belong to it. */
        @JsonPropertyOrder({"id", "framework", "strength", "title", "text", "items"})
        public record Entry(String id, String framework, Strength strength, String title, String text, List<Item> items) {
        }
    }

    /**
     * Counts: {@code requirements} catalogue requirements are answered on {@code lines} lines (sub-points
     * included), {@code annexed} more stand in annexes; per kind, how many lines.
     */
    @JsonPropertyOrder({"lines", "requirements", "annexed", "eis", "wens", "contractvoorwaarde", "geschiktheidseis",
            "tailored"})
    public record Summary(int lines, int requirements, int annexed, int eis, int wens, int contractvoorwaarde,
            int geschiktheidseis, int tailored) {

        public int of(Kind kind) {
            return switch (kind) {
                case EIS -> eis;
                case WENS -> wens;
                case CONTRACTVOORWAARDE -> contractvoorwaarde;
                case GESCHIKTHEIDSEIS -> geschiktheidseis;
            };
        }
    }

    /** A requirement that was selected but excluded by a rule, or that the buyer left out. */
    @JsonPropertyOrder({"id", "title", "reasons"})
    public record Exclusion(String id, String title, List<Reason> reasons) {
    }

    /** A tailoring that sets aside or softens what the law asks, on record. */
    @JsonPropertyOrder({"line", "law", "rule", "explanation"})
    public record Warning(String line, String law, String rule, String explanation) {
    }

    /** A rule's name and, in the PvE's language, what it decided and why. */
    @JsonPropertyOrder({"rule", "explanation"})
    public record Reason(String rule, String explanation) {
    }

    /** The annex of a declaration line; null for a line without one. */
    public Annex annexOf(Line line) {
        return line.annex() == null ? null : annexes.stream().filter(a -> a.id().equals(line.annex())).findFirst()
                .orElseThrow(() -> new IllegalStateException("line " + line.id() + " refers to annex " + line.annex()
                        + ", which the PvE does not have"));
    }

    /** The requirements in a line's annex (without their sub-points); empty for a line without one. */
    public List<Annex.Entry> annexEntries(Line line) {
        Annex annex = annexOf(line);
        return annex == null ? List.of() : annex.entries();
    }

    /** The line with this id, or null. */
    public Line line(String id) {
        return requirements.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }
}
