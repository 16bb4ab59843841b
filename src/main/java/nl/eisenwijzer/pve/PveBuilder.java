package nl.eisenwijzer.pve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.rules.RuleBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the PvE: runs the selection rules, then lays out their conclusions in the requested language,
 * ordered by domain and id, with a fingerprint that pins catalogue, rules and profile.
 */
public final class PveBuilder {

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private final Catalog catalog;
    private final RuleBase rules;
    private final RequirementSelector selector;

    public PveBuilder(Catalog catalog, RuleBase rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.selector = new RequirementSelector(catalog, rules);
    }

    public Selection select(ProcurementProfile profile) {
        return selector.select(profile);
    }

    public Pve build(ProcurementProfile profile, Language language) {
        return layout(profile, selector.select(profile), language);
    }

    public Pve layout(ProcurementProfile profile, Selection selection, Language language) {
        Comparator<Requirement> order = Comparator.<Requirement>comparingInt(r -> catalog.domainOrder(r.domain()))
                .thenComparing(Requirement::id, NaturalOrder.INSTANCE);
        List<Pve.Line> lines = selection.applicable().stream()
                .map(id -> catalog.requirementsById().get(id))
                .sorted(order)
                .map(r -> line(r, selection, language))
                .toList();
        List<Pve.Exclusion> excluded = selection.excluded().keySet().stream()
                .filter(id -> selection.applies().containsKey(id))
                .map(id -> catalog.requirementsById().get(id))
                .sorted(order)
                .map(r -> new Pve.Exclusion(r.id(), r.title().in(language), selection.excluded().get(r.id()).stream()
                        .map(e -> new Pve.Reason(e.rule(), e.explanation().in(language))).toList()))
                .toList();
        return new Pve(profile.title(), catalog.info().version(), fingerprint(profile), language, profile, lines, excluded);
    }

    private static Pve.Line line(Requirement r, Selection selection, Language language) {
        List<Pve.Reason> reasons = selection.applies().get(r.id()).stream()
                .map(a -> new Pve.Reason(a.rule(), a.explanation().in(language))).toList();
        List<Pve.Reason> obligationReasons = selection.obligations().get(r.id()).stream()
                .map(d -> new Pve.Reason(d.rule(), d.explanation().in(language))).toList();
        return new Pve.Line(r.id(), r.framework(), r.domain(), r.title().in(language), r.text().in(language),
                RequirementSelector.obligationOf(selection, r.id()), r.evidence(), r.mappedIds(), reasons, obligationReasons);
    }

    /** {@code sha256:<hex>} over the catalogue digest, the rules digest and the normalised profile as JSON. */
    public String fingerprint(ProcurementProfile profile) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(catalog.digest().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(rules.digest().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(CANONICAL.writeValueAsBytes(profile));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
