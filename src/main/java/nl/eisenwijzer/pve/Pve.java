package nl.eisenwijzer.pve;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * The Programma van Eisen in one language: the public JSON contract. Requirements are ordered by domain
 * (the order of {@code catalog/domains.yaml}), then by id in natural order.
 *
 * @param fingerprint {@code sha256:<hex>} over the catalogue, the rules and the normalised profile
 * @param profile the normalised profile the PvE was built from (defaults filled in)
 * @param excluded requirements some rule selected but another rule kept out, with the reason
 */
@JsonPropertyOrder({"title", "catalogVersion", "fingerprint", "language", "grouped", "summary", "profile",
        "requirements", "excluded"})
public record Pve(
        String title,
        String catalogVersion,
        String fingerprint,
        Language language,
        boolean grouped,
        Summary summary,
        ProcurementProfile profile,
        List<Line> requirements,
        List<Exclusion> excluded) {

    /**
     * One PvE line: a requirement with the reasons it applies and the rule(s) that set its obligation.
     *
     * @param satisfies every catalogue requirement this line answers: its own id first, then those the
     *     grouping rules merged into it (equivalent or narrower requirements from other frameworks)
     * @param mergeReasons why each merged requirement is answered on this line
     */
    @JsonPropertyOrder({"id", "framework", "domain", "title", "text", "obligation", "evidence", "satisfies", "mapsTo",
            "reasons", "obligationReasons", "mergeReasons"})
    public record Line(
            String id,
            String framework,
            String domain,
            String title,
            String text,
            nl.eisenwijzer.catalog.Obligation obligation,
            List<String> evidence,
            List<String> satisfies,
            List<String> mapsTo,
            List<Reason> reasons,
            List<Reason> obligationReasons,
            List<Reason> mergeReasons) {
    }

    /**
     * Counts: {@code requirements} catalogue requirements are answered on {@code lines} lines, of which
     * {@code must} are knock-out requirements (eisen) and {@code should} are wishes (wensen).
     */
    @JsonPropertyOrder({"lines", "requirements", "must", "should"})
    public record Summary(int lines, int requirements, int must, int should) {
    }

    /** A requirement that was selected but excluded by a rule. */
    @JsonPropertyOrder({"id", "title", "reasons"})
    public record Exclusion(String id, String title, List<Reason> reasons) {
    }

    /** A rule's name and, in the PvE's language, what it decided and why. */
    @JsonPropertyOrder({"rule", "explanation"})
    public record Reason(String rule, String explanation) {
    }
}
