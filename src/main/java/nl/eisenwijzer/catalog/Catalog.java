package nl.eisenwijzer.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The loaded, validated catalogue. Immutable; built once at start-up by {@link CatalogLoader} and shared
 * by every request. The indexes are built once here rather than on every lookup.
 */
public final class Catalog {

    private final CatalogInfo info;
    private final List<Framework> frameworks;
    private final List<Domain> domains;
    private final List<TraitDefinition> traits;
    private final List<ProductType> productTypes;
    private final List<EvidenceType> evidenceTypes;
    private final List<Topic> topics;
    private final List<ScoringScale> scoringScales;
    private final List<Requirement> requirements;
    private final RoadmapPolicy roadmap;
    private final NatsecData natsec;
    private final String digest;
    private final Map<String, Requirement> requirementsById;
    private final Map<String, ProductType> productTypesById;
    private final Map<String, Domain> domainsById;
    private final Map<String, Framework> frameworksById;
    private final Map<String, EvidenceType> evidenceTypesById;
    private final Map<String, Integer> domainOrder = new LinkedHashMap<>();
    private final List<TraitCondition> traitConditions;
    private final Map<String, Country> countriesByCode;
    private final Map<String, ControlMeasure> measuresById;

    /** @param digest SHA-256 over the catalogue files, part of every PvE fingerprint */
    public Catalog(CatalogInfo info, List<Framework> frameworks, List<Domain> domains, List<TraitDefinition> traits,
            List<ProductType> productTypes, List<EvidenceType> evidenceTypes, List<Topic> topics,
            List<ScoringScale> scoringScales, List<Requirement> requirements, RoadmapPolicy roadmap, NatsecData natsec, String digest) {
        this.info = info;
        this.frameworks = List.copyOf(frameworks);
        this.domains = List.copyOf(domains);
        this.traits = List.copyOf(traits);
        this.productTypes = List.copyOf(productTypes);
        this.evidenceTypes = List.copyOf(evidenceTypes);
        this.topics = List.copyOf(topics);
        this.scoringScales = List.copyOf(scoringScales);
        this.requirements = List.copyOf(requirements);
        this.roadmap = roadmap;
        this.natsec = natsec == null ? NatsecData.NONE : natsec;
        this.digest = digest;
        this.countriesByCode = index(this.natsec.countries(), Country::code);
        this.measuresById = index(this.natsec.measures(), ControlMeasure::id);
        this.requirementsById = index(this.requirements, Requirement::id);
        this.productTypesById = index(this.productTypes, ProductType::id);
        this.domainsById = index(this.domains, Domain::id);
        this.frameworksById = index(this.frameworks, Framework::id);
        this.evidenceTypesById = index(this.evidenceTypes, EvidenceType::id);
        this.traitConditions = this.requirements.stream()
                .flatMap(r -> r.conditions().stream().map(set -> new TraitCondition(r.id(), set)))
                .toList();
        for (int i = 0; i < this.domains.size(); i++) {
            domainOrder.put(this.domains.get(i).id(), i);
        }
    }

    public CatalogInfo info() {
        return info;
    }

    public List<Framework> frameworks() {
        return frameworks;
    }

    public List<Domain> domains() {
        return domains;
    }

    public List<TraitDefinition> traits() {
        return traits;
    }

    public List<ProductType> productTypes() {
        return productTypes;
    }

    public List<EvidenceType> evidenceTypes() {
        return evidenceTypes;
    }

    /**
     * The evidence types of one form, in the catalogue's order: the types a dossier's certificates, reports or
     * documents may have. The dossier check and the API's lists of them both read this.
     */
    public List<EvidenceType> evidenceTypes(EvidenceType.Form form) {
        return evidenceTypes.stream().filter(type -> type.kind() == form).toList();
    }

    /** The topics several frameworks ask about: one PvE line per topic. */
    public List<Topic> topics() {
        return topics;
    }

    /** The scales quality criteria are judged on ({@code scoring-scales.yaml}), by id; empty when the catalogue has none. */
    public Map<String, ScoringScale> scoringScales() {
        Map<String, ScoringScale> byId = new LinkedHashMap<>();
        scoringScales.forEach(scale -> byId.put(scale.id(), scale));
        return byId;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /** The layout of a gap report's remediation roadmap. */
    public RoadmapPolicy roadmap() {
        return roadmap;
    }

    /** Countries, risks and control measures of the national-security test. */
    public NatsecData natsec() {
        return natsec;
    }

    public Map<String, Country> countriesByCode() {
        return countriesByCode;
    }

    public Map<String, ControlMeasure> measuresById() {
        return measuresById;
    }

    /** Every {@code appliesWhen} alternative of every requirement, ready to insert as facts. */
    public List<TraitCondition> traitConditions() {
        return traitConditions;
    }

    public String digest() {
        return digest;
    }

    public Map<String, Requirement> requirementsById() {
        return requirementsById;
    }

    public Map<String, ProductType> productTypesById() {
        return productTypesById;
    }

    public Map<String, Domain> domainsById() {
        return domainsById;
    }

    public Map<String, Framework> frameworksById() {
        return frameworksById;
    }

    public Map<String, EvidenceType> evidenceTypesById() {
        return evidenceTypesById;
    }

    /** The label of an evidence type; an id the catalogue does not know stays as it is. */
    public Text evidenceLabel(String id) {
        EvidenceType type = evidenceTypesById.get(id);
        return type == null ? Text.both(id) : type.label();
    }

    /** Position of a domain in {@code domains.yaml}: the chapter order of the PvE. */
    public int domainOrder(String domainId) {
        return domainOrder.getOrDefault(domainId, Integer.MAX_VALUE);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return Collections.unmodifiableMap(map);
    }
}
