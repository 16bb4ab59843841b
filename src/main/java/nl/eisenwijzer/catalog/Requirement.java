package nl.eisenwijzer.catalog;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One catalogue requirement, as stored in {@code catalog/requirements/*.yaml}. It is inserted into the
 * rule session as a fact; the rules decide whether it applies, which kind of PvE line it becomes and on which
 * line it is answered.
 *
 * @param strength how strongly the source puts it (MUST or SHOULD); read from {@code strength}, or from
 *     {@code obligation} in catalogues written before the two were told apart
 * @param subject what it is about (offer, execution, bidder); the framework's default when not given
 * @param appliesWhen alternatives, each a trait id or traits joined by {@code &} (all needed)
 * @param specificWhen alternatives like {@code appliesWhen}: when one holds, the purchase makes this
 *     requirement specific, so it keeps a line of its own instead of standing only in the annex of a
 *     framework that a declaration line makes applicable as a whole
 * @param topic the topic it shares with requirements of other frameworks: one PvE line per topic
 * @param partOf the requirement this one details (a BIO2 government measure of its control, an element of
 *     the processor agreement): it is a sub-point of that requirement's line
 * @param covers for a declaration line: the frameworks it makes applicable as a whole, whose requirements
 *     that the purchase does not make specific go into its annex
 * @param securityLevel IEC 62443 only: the lowest target security level at which it is asked
 * @param effectiveFrom the date from which the underlying law applies, where that matters
 * @param parameters thresholds the rules read (numbers or texts)
 * @param groups the framework's groups this requirement belongs to (BIO2 hygiene groups, ABRO TBB levels)
 * @param componentTypes IEC 62443-4-2 only: the component types a component-specific requirement concerns
 * @param note a remark on the entry itself, e.g. a change in a newer framework version or a missing source
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "framework", "domain", "title", "text", "strength", "subject", "appliesWhen", "specificWhen",
        "topic", "partOf", "covers", "evidence", "source", "mapsTo", "securityLevel", "effectiveFrom", "parameters",
        "groups", "componentTypes", "note"})
public record Requirement(
        String id,
        String framework,
        String domain,
        Text title,
        Text text,
        @JsonAlias("obligation") Strength strength,
        Subject subject,
        List<String> appliesWhen,
        List<String> specificWhen,
        String topic,
        String partOf,
        List<String> covers,
        List<String> evidence,
        Source source,
        List<Mapping> mapsTo,
        SecurityLevel securityLevel,
        LocalDate effectiveFrom,
        Map<String, Object> parameters,
        List<String> groups,
        List<ComponentType> componentTypes,
        Text note) {

    public Requirement {
        appliesWhen = appliesWhen == null ? List.of() : List.copyOf(appliesWhen);
        specificWhen = specificWhen == null ? List.of() : List.copyOf(specificWhen);
        covers = covers == null ? List.of() : List.copyOf(covers);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        mapsTo = mapsTo == null ? List.of() : List.copyOf(mapsTo);
        groups = groups == null ? List.of() : List.copyOf(groups);
        componentTypes = componentTypes == null ? List.of() : List.copyOf(componentTypes);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** This requirement with the subject it has in effect: its own, or else its framework's default. */
    public Requirement withSubject(Subject effective) {
        return new Requirement(id, framework, domain, title, text, strength, effective, appliesWhen, specificWhen, topic,
                partOf, covers, evidence, source, mapsTo, securityLevel, effectiveFrom, parameters, groups,
                componentTypes, note);
    }

    /** The ids this requirement maps to, whatever the relationship. */
    public List<String> mappedIds() {
        return mapsTo.stream().map(Mapping::id).toList();
    }

    /** Whether it is tagged with the group (a BIO2 hygiene group, an ABRO TBB level). */
    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    /** The traits of the component types it concerns (empty: it concerns every component). */
    public List<String> componentTraits() {
        return componentTypes.stream().map(ComponentType::trait).toList();
    }

    /** {@code appliesWhen} parsed: each alternative is the set of traits that must all be present. */
    public List<Set<String>> conditions() {
        return appliesWhen.stream().map(Requirement::traitsOf).toList();
    }

    /** {@code specificWhen} parsed like {@link #conditions()}. */
    @JsonIgnore
    public List<Set<String>> specificConditions() {
        return specificWhen.stream().map(Requirement::traitsOf).toList();
    }

    /** Whether it is a declaration line: one line that makes whole frameworks applicable. */
    public boolean declares(String frameworkId) {
        return covers.contains(frameworkId);
    }

    static Set<String> traitsOf(String alternative) {
        Set<String> traits = new LinkedHashSet<>();
        Arrays.stream(alternative.split("&")).map(String::strip).forEach(traits::add);
        return traits;
    }

    /** Whether evidence of this type is accepted as proof of this requirement. */
    public boolean accepts(String evidenceType) {
        return evidence != null && evidence.contains(evidenceType);
    }

    /** Whether the catalogue sets this threshold for the requirement. */
    public boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    /** A whole-number threshold, or {@code null} when the catalogue does not set it. */
    public Integer intParameter(String name) {
        return parameters.get(name) instanceof Number number ? number.intValue() : null;
    }

    /** A large whole-number threshold (amounts in euro), or {@code null} when not set. */
    public Long longParameter(String name) {
        return parameters.get(name) instanceof Number number ? number.longValue() : null;
    }

    /** A yes/no threshold; {@code false} when not set. */
    public boolean flagParameter(String name) {
        return Boolean.TRUE.equals(parameters.get(name));
    }
}
