package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.award.AwardReport;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.pve.Pve.Reason;

/**
 * The gap report for one PvE and one or more bidders: the public JSON contract. Each bidder's part is judged in its own
 * rule session of {@code rules/gap/}; with several bidders, or when the profile says how the tender awards, the bids are
 * then scored and ranked together in one session of {@code rules/award/} ({@code ranking}, {@code award}). With several
 * bidders it has a matrix (requirements × bidders).
 *
 * @param fingerprint {@code sha256:<hex>} over the PvE's fingerprint and the dossiers
 * @param pve the PvE's counts, so a reader sees how many requirements each bidder was judged on
 * @param deprecations every place the input used a code that API v1 still reads but API v2 will not, in input
 *     order; left out of the JSON when there is none
 */
@JsonPropertyOrder({"title", "catalogVersion", "fingerprint", "language", "referenceDate", "contractStart", "contractEnd",
        "pve", "suppliers", "ranking", "award", "matrix", "deprecations"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GapReport(
        String title,
        String catalogVersion,
        String fingerprint,
        Language language,
        LocalDate referenceDate,
        LocalDate contractStart,
        LocalDate contractEnd,
        Pve.Summary pve,
        List<SupplierReport> suppliers,
        List<Rank> ranking,
        AwardReport award,
        Matrix matrix,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Deprecation> deprecations) {

    public GapReport {
        deprecations = deprecations == null ? List.of() : List.copyOf(deprecations);
    }

    /**
     * A deprecated code the input used: read as the current one, judged the same, and named here so that whoever
     * sends it can change it before API v2 refuses it.
     *
     * @param field where it stands, as errors name fields: {@code suppliers[0].statements[3].answer}
     * @param given the deprecated code, as given
     * @param use the code to use instead, which the report read it as
     * @param explanation why it is deprecated, in the report's language
     */
    @JsonPropertyOrder({"field", "given", "use", "explanation"})
    public record Deprecation(String field, String given, String use, String explanation) {
    }

    /**
     * One bidder's report.
     *
     * @param summary how many requirements have each status (every status listed, zeros too)
     * @param items the PvE requirements answered by statement, in PvE order
     * @param suitability the suitability requirements, with threshold and actual value where the rules measured them
     * @param evidence the evidence in the dossier, in dossier order
     * @param reliances the other parties whose capacity the bidder relies on to meet a requirement, in PvE order;
     *     left out of the JSON when there is none
     */
    @JsonPropertyOrder({"name", "country", "price", "verdict", "verdictReasons", "openContractConditions", "score", "summary",
            "items", "suitability", "evidence", "warnings", "roadmap", "reliances"})
    public record SupplierReport(
            String name,
            String country,
            @JsonInclude(JsonInclude.Include.NON_NULL) java.math.BigDecimal price,
            Verdict verdict,
            List<Reason> verdictReasons,
            List<OpenCondition> openContractConditions,
            Score score,
            Map<GapStatus, Integer> summary,
            List<Item> items,
            List<Item> suitability,
            List<Evidence> evidence,
            List<Warning> warnings,
            Roadmap roadmap,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reliance> reliances) {

        public SupplierReport {
            reliances = reliances == null ? List.of() : List.copyOf(reliances);
        }

        /** Open knock-out requirements and suitability items: the count the ranking uses. */
        public long knockOutGaps() {
            return java.util.stream.Stream.concat(items.stream(), suitability.stream())
                    .filter(i -> i.kind().knockOut() && !i.status().settled()).count();
        }
    }

    /**
     * A contract condition the bidder accepted by bidding, to be shown after award (in the roadmap): beside the verdict,
     * not in it.
     */
    @JsonPropertyOrder({"requirement", "title", "rule", "explanation"})
    public record OpenCondition(String requirement, String title, String rule, String explanation) {
    }

    /**
     * The bidder's score on the wishes: the weights of the wishes its dossier proves, out of all wishes' weights,
     * with the rule that counted it.
     */
    @JsonPropertyOrder({"points", "maximum", "rule", "explanation"})
    public record Score(int points, int maximum, String rule, String explanation) {
    }

    /** @param line the requirement whose PvE line answers this one (itself unless merged) */
    @JsonPropertyOrder({"requirement", "line", "title", "domain", "kind", "status", "threshold", "actual", "reasons"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String requirement,
            String line,
            String title,
            String domain,
            Kind kind,
            GapStatus status,
            String threshold,
            String actual,
            List<Reason> reasons) {
    }

    /**
     * A piece of evidence in the bidder's dossier as submitted, with what the statements and the evidence rules
     * made of it.
     *
     * @param description type and dates, as {@link DossierEvidence#describe()}
     * @param date the date it speaks for ({@link DossierEvidence#date()}); {@code null} when it has none
     * @param validUntil the last day of validity stated on it (certificates); {@code null} otherwise
     * @param citedBy the requirements or PvE lines whose statements cite its type, in statement order
     * @param problems why the evidence rules cannot accept it at the reference date; empty when they can
     */
    @JsonPropertyOrder({"type", "description", "date", "validUntil", "citedBy", "problems"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(String type, String description, LocalDate date, LocalDate validUntil, List<String> citedBy,
            List<Reason> problems) {
    }

    /**
     * The bidder relies on another party's capacity for a requirement (beroep op derden), with what that brings.
     *
     * @param party the party relied on, as the dossier names it
     * @param reliedOnFor what the bidder relies on it for ({@code for} in the JSON)
     * @param requirement the requirement the party's evidence meets
     */
    @JsonPropertyOrder({"party", "for", "requirement", "rule", "explanation"})
    public record Reliance(String party, @JsonProperty("for") ReliedOnFor reliedOnFor, String requirement, String rule,
            String explanation) {
    }

    @JsonPropertyOrder({"subject", "date", "rule", "explanation"})
    public record Warning(String subject, LocalDate date, String rule, String explanation) {
    }

    /**
     * @param due when the supplier's security roadmap is due, or {@code null} when nothing is open
     * @param knockOut open knock-out requirements: not phased, they must be met at award
     * @param beforeSigning evidence promised for requirements met at award (the policy of an insurance the bidder
     *     states it takes out on award), asked before the contract is signed; without a date, as the signing date is
     *     the buyer's to set
     */
    @JsonPropertyOrder({"due", "dueReasons", "knockOut", "beforeSigning", "phases"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Roadmap(LocalDate due, List<Reason> dueReasons, List<Action> knockOut, List<Action> beforeSigning,
            List<Phase> phases) {
    }

    @JsonPropertyOrder({"phase", "label", "milestone", "actions"})
    public record Phase(int phase, String label, LocalDate milestone, List<Action> actions) {
    }

    @JsonPropertyOrder({"requirement", "title", "status", "due", "rule", "explanation"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String requirement, String title, GapStatus status, LocalDate due, String rule, String explanation) {
    }

    /**
     * A bidder's place in the award ranking ({@code rules/award/}), in the order of {@code award.bids}.
     *
     * @param rank its place; absent for an excluded bid
     * @param points its total on the award criteria (without an award section: on the wishes); absent when excluded
     * @param complete whether every criterion is scored; absent when excluded
     * @param knockOutGaps open knock-out requirements and suitability items
     */
    @JsonPropertyOrder({"rank", "name", "verdict", "points", "complete", "knockOutGaps"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rank(Integer rank, String name, Verdict verdict, java.math.BigDecimal points, Boolean complete, long knockOutGaps) {
    }

    /** Requirements × bidders; {@code bidders} gives the column order of every row's statuses. */
    @JsonPropertyOrder({"bidders", "rows"})
    public record Matrix(List<String> bidders, List<Row> rows) {
    }

    @JsonPropertyOrder({"requirement", "title", "kind", "statuses"})
    public record Row(String requirement, String title, Kind kind, List<GapStatus> statuses) {
    }
}
