package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Tri;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Strength;
import nl.eisenwijzer.pve.Pve;

/**
 * The reasoned national-security report for one bidder and its chain. {@code questions} are the answers of
 * the party that sets the outcome ({@code decisiveParty}); {@code chain} has every party's own answers.
 */
@JsonPropertyOrder({"title", "catalogVersion", "fingerprint", "language", "referenceDate", "supplier", "outcome",
        "decisiveParty", "outcomeReasons", "missing", "questions", "chain", "legalRoutes", "realisableMeasures",
        "chosenMeasures", "addedRequirements", "notice"})
public record NatsecReport(
        String title,
        String catalogVersion,
        String fingerprint,
        Language language,
        LocalDate referenceDate,
        String supplier,
        Outcome outcome,
        String decisiveParty,
        List<Pve.Reason> outcomeReasons,
        List<Question> missing,
        Map<String, QuestionAnswer> questions,
        List<Party> chain,
        List<Route> legalRoutes,
        List<String> realisableMeasures,
        List<Chosen> chosenMeasures,
        List<AddedRequirement> addedRequirements,
        String notice) {

    /**
     * One answer: {@code answer} is the one that counts (true, false or unknown); {@code derived} what
     * the rules concluded, by {@code rule}, shown beside a confirmed answer; {@code reasons} the indicators
     * behind the derived answer.
     */
    @JsonPropertyOrder({"question", "answer", "basis", "derived", "rule", "justification", "reasons"})
    public record QuestionAnswer(String question, Tri answer, Basis basis, Tri derived, String rule, String justification,
            List<Pve.Reason> reasons) {
    }

    /** One party of the chain: who, what access, who controls it, and — when assessed — its own test. */
    @JsonPropertyOrder({"name", "role", "country", "countryName", "description", "access", "ownership", "assessed",
            "assessment", "questions", "risks", "outcome", "outcomeReasons", "missing", "legalRoute"})
    public record Party(String name, Role role, String country, String countryName, String description,
            List<Access> access, List<Owner> ownership, boolean assessed, Pve.Reason assessment,
            Map<String, QuestionAnswer> questions, List<Risk> risks, Outcome outcome, List<Pve.Reason> outcomeReasons,
            List<Question> missing, Route legalRoute) {
    }

    @JsonPropertyOrder({"access", "because"})
    public record Access(String access, String because) {
    }

    /** A member of the chain of control; level 1 is the direct parent. */
    @JsonPropertyOrder({"level", "name", "country", "stateOwned"})
    public record Owner(int level, String name, String country, Tri stateOwned) {
    }

    @JsonPropertyOrder({"risk", "label", "reasons", "coveredBy"})
    public record Risk(String risk, String label, List<Pve.Reason> reasons, List<String> coveredBy) {
    }

    @JsonPropertyOrder({"party", "route", "rule", "condition"})
    public record Route(String party, RouteKind route, String rule, String condition) {
    }

    @JsonPropertyOrder({"measure", "title", "against", "reasons"})
    public record Chosen(String measure, String title, List<String> against, List<Pve.Reason> reasons) {
    }

    /** A requirement a chosen measure adds to the PvE; pass the measures as the profile's controlMeasures. */
    @JsonPropertyOrder({"requirement", "title", "strength", "measures", "reasons"})
    public record AddedRequirement(String requirement, String title, Strength strength, List<String> measures,
            List<Pve.Reason> reasons) {
    }
}
