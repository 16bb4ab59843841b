package nl.eisenwijzer.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.WireEnum;

/**
 * Reads a procurement profile (YAML or JSON), rejects what cannot be used with the field name and the
 * allowed values, and fills in the defaults. The result is the normalised profile that the rules see and
 * that the fingerprint covers.
 */
public final class ProfileReader {

    private final Catalog catalog;
    private final Clock clock;
    private final TailoringValidation tailoring;

    public ProfileReader(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.tailoring = new TailoringValidation(catalog);
    }

    public ProcurementProfile read(String content, Format format) {
        return normalise(StrictReader.read(content, format, ProcurementProfile.class));
    }

    public ProcurementProfile normalise(ProcurementProfile p) {
        if (p.title() == null || p.title().isBlank()) {
            throw new InvalidInputException("title", "field 'title' is required");
        }
        if (p.organisationType() == null) {
            throw new InvalidInputException("organisationType", "field 'organisationType' is required; allowed values: "
                    + String.join(", ", WireEnum.allowed(OrganisationType.class)),
                    WireEnum.allowed(OrganisationType.class));
        }
        if (p.contractMonths() != null && (p.contractMonths() < 1 || p.contractMonths() > 240)) {
            throw new InvalidInputException("contractMonths",
                    "field 'contractMonths': " + p.contractMonths() + " is out of range; allowed: 1 to 240");
        }
        List<String> productTypes = productTypes(p.productTypes());
        boolean ot = Boolean.TRUE.equals(p.operationalTechnology()) || productTypes.stream()
                .map(id -> catalog.productTypesById().get(id))
                .anyMatch(type -> type.traits().contains("ot"));
        if (ot && p.otSecurityLevel() == null) {
            throw new InvalidInputException("otSecurityLevel", "field 'otSecurityLevel' is required when the purchase "
                    + "involves OT; allowed values: SL1, SL2, SL3, SL4", List.of("SL1", "SL2", "SL3", "SL4"));
        }
        if (!ot && p.otSecurityLevel() != null) {
            throw new InvalidInputException("otSecurityLevel", "field 'otSecurityLevel' is only for purchases that "
                    + "involve OT (operationalTechnology: true or an OT product type)");
        }
        TbbLevel tbbLevel = orDefault(p.tbbLevel(), TbbLevel.NONE);
        if (tbbLevel != TbbLevel.NONE && !Boolean.TRUE.equals(p.nationalSecurity())) {
            throw new InvalidInputException("tbbLevel", "field 'tbbLevel' is only for purchases that touch national "
                    + "security (nationalSecurity: true); allowed values otherwise: none", List.of("none"));
        }
        return new ProcurementProfile(
                p.title().strip(),
                p.organisation() == null ? null : p.organisation().strip(),
                p.organisationType(),
                p.cbwEntity(),
                p.referenceDate() != null ? p.referenceDate() : LocalDate.now(clock),
                p.contractStart(),
                p.contractMonths(),
                productTypes,
                orDefault(p.personalData(), PersonalData.NONE),
                p.classification() == null ? Classification.DEFAULT : p.classification().withDefaults(),
                orDefault(p.internetFacing(), false),
                orDefault(p.hostingRegion(), HostingRegion.NOT_APPLICABLE),
                orDefault(p.operationalTechnology(), false),
                p.otSecurityLevel(),
                orDefault(p.vitalInfrastructure(), false),
                orDefault(p.nationalSecurity(), false),
                tbbLevel,
                orDefault(p.defenceAndSecurity(), false),
                orDefault(p.aiSystem(), AiSystem.NONE),
                supplierAccess(p.supplierAccess()),
                orDefault(p.identityFederation(), false),
                orDefault(p.documentExchange(), false),
                orDefault(p.electronicSignatures(), false),
                orDefault(p.wireless(), false),
                controlMeasures(p.controlMeasures()),
                suitability(p.suitability()),
                new AwardValidation(catalog).validate(p.award()),
                tailoring.validate(p.tailoring()));
    }

    /** The items asked, each once and sorted; thresholds only for items asked, and within sense. */
    private static Suitability suitability(Suitability given) {
        if (given == null) {
            return null;
        }
        List<String> allowed = WireEnum.allowed(SuitabilityItem.class);
        if (given.ask().isEmpty()) {
            throw new InvalidInputException("suitability.ask", "field 'suitability.ask' needs at least one item; allowed "
                    + "values: " + String.join(", ", allowed) + " (leave out the section when the tender asks none)", allowed);
        }
        if (given.ask().stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.notAllowed("suitability.ask", "null", allowed);
        }
        Suitability.Insurance insurance = given.insurance();
        if (insurance != null) {
            asked(given, SuitabilityItem.INSURANCE, "suitability.insurance");
            positive("suitability.insurance.perClaimEur", insurance.perClaimEur());
            positive("suitability.insurance.perYearEur", insurance.perYearEur());
            if (insurance.perClaimEur() != null && insurance.perYearEur() != null
                    && insurance.perYearEur() < insurance.perClaimEur()) {
                throw new InvalidInputException("suitability.insurance.perYearEur", "field "
                        + "'suitability.insurance.perYearEur': " + insurance.perYearEur() + " is less than the cover per "
                        + "claim (" + insurance.perClaimEur() + "); the yearly cover is at least the cover per claim");
            }
        }
        Suitability.References references = given.references();
        if (references != null) {
            asked(given, SuitabilityItem.REFERENCES, "suitability.references");
            if (references.withinYears() != null && (references.withinYears() < 1 || references.withinYears() > 10)) {
                throw new InvalidInputException("suitability.references.withinYears", "field "
                        + "'suitability.references.withinYears': " + references.withinYears() + " is out of range; allowed: "
                        + "1 to 10 (3 for supplies and services, 5 for works, under the procurement directive)");
            }
            positive("suitability.references.minUsersPerYear",
                    references.minUsersPerYear() == null ? null : references.minUsersPerYear().longValue());
        }
        return new Suitability(given.ask().stream().distinct().sorted().toList(), insurance, references);
    }

    private static void asked(Suitability suitability, SuitabilityItem item, String field) {
        if (!suitability.asks(item)) {
            throw new InvalidInputException(field, "field '" + field + "' gives thresholds, but '" + item.wire()
                    + "' is not in suitability.ask");
        }
    }

    private static void positive(String field, Long value) {
        if (value != null && value < 1) {
            throw new InvalidInputException(field, "field '" + field + "': " + value + " is out of range; allowed: 1 or more");
        }
    }

    private List<String> productTypes(List<String> given) {
        List<String> allowed = catalog.productTypes().stream().map(ProductType::id).toList();
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("productTypes", "field 'productTypes' needs at least one product type; "
                    + "allowed values: " + String.join(", ", allowed), allowed);
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            if (!catalog.productTypesById().containsKey(id)) {
                throw InvalidInputException.notAllowed("productTypes[" + i + "]", id, allowed);
            }
            unique.add(id);
        }
        // Order does not change the meaning; sorting keeps the fingerprint stable.
        return unique.stream().sorted().toList();
    }

    /** Known measure ids, each once, sorted: the order they were chosen in does not change the PvE. */
    private List<String> controlMeasures(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> allowed = catalog.natsec().measures().stream().map(nl.eisenwijzer.catalog.ControlMeasure::id).toList();
        for (int i = 0; i < given.size(); i++) {
            if (!catalog.measuresById().containsKey(given.get(i))) {
                throw InvalidInputException.notAllowed("controlMeasures[" + i + "]", given.get(i), allowed);
            }
        }
        return given.stream().distinct().sorted().toList();
    }

    private static List<SupplierAccess> supplierAccess(List<SupplierAccess> given) {
        if (given == null) {
            return List.of();
        }
        List<SupplierAccess> result = new ArrayList<>(new LinkedHashSet<>(given));
        if (result.contains(null)) {
            throw InvalidInputException.notAllowed("supplierAccess", "null", WireEnum.allowed(SupplierAccess.class));
        }
        if (result.contains(SupplierAccess.NONE) && result.size() > 1) {
            throw new InvalidInputException("supplierAccess", "field 'supplierAccess': 'none' cannot be combined with "
                    + "other kinds of access", WireEnum.allowed(SupplierAccess.class));
        }
        result.remove(SupplierAccess.NONE);
        result.sort(null);
        return List.copyOf(result);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
