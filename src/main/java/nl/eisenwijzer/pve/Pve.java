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
@JsonPropertyOrder({"title", "catalogVersion", "fingerprint", "language", "profile", "requirements", "excluded"})
public record Pve(
        String title,
        String catalogVersion,
        String fingerprint,
        Language language,
        ProcurementProfile profile,
        List<Line> requirements,
        List<Exclusion> excluded) {

    /** One PvE requirement with the reasons it applies and the rule(s) that set its obligation. */
    @JsonPropertyOrder({"id", "framework", "domain", "title", "text", "obligation", "evidence", "mapsTo", "reasons",
            "obligationReasons"})
    public record Line(
            String id,
            String framework,
            String domain,
            String title,
            String text,
            nl.eisenwijzer.catalog.Obligation obligation,
            List<String> evidence,
            List<String> mapsTo,
            List<Reason> reasons,
            List<Reason> obligationReasons) {
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
