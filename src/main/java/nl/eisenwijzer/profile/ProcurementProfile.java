package nl.eisenwijzer.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import nl.eisenwijzer.catalog.SecurityLevel;

/**
 * What is being bought and in what setting: the input of the PvE. Read and normalised by
 * {@link ProfileReader}, so that every field here has its default filled in (except the optional dates and
 * organisation), and inserted into the rule session as a fact.
 *
 * <p>{@code defenceAndSecurity} says the purchase falls under the Aanbestedingswet op defensie- en
 * veiligheidsgebied (ADV), which the national-security test needs for its legal route;
 * {@code controlMeasures} are the control measures ({@code catalog/measures.yaml}) the buyer imposes after
 * that test, whose requirements the PvE then asks as binding lines. {@code cbwEntity} says whether the buyer
 * is an entity under the Cyberbeveiligingswet (left out: the rules derive it from the organisation type);
 * {@code documentExchange}, {@code electronicSignatures} and {@code wireless} say what the solution does;
 * {@code suitability} the suitability requirements the tender asks; {@code award} how it awards (criteria,
 * price points, tie-breakers); {@code tailoring} the buyer's changes to
 * the PvE the rules built.
 */
@JsonPropertyOrder({"title", "organisation", "organisationType", "cbwEntity", "referenceDate", "contractStart",
        "contractMonths", "productTypes", "personalData", "classification", "internetFacing", "hostingRegion",
        "operationalTechnology", "otSecurityLevel", "vitalInfrastructure", "nationalSecurity", "tbbLevel",
        "defenceAndSecurity", "aiSystem", "supplierAccess", "identityFederation", "documentExchange",
        "electronicSignatures", "wireless", "controlMeasures", "suitability", "award", "tailoring"})
public record ProcurementProfile(
        String title,
        String organisation,
        OrganisationType organisationType,
        @JsonInclude(JsonInclude.Include.NON_NULL) CbwEntity cbwEntity,
        LocalDate referenceDate,
        LocalDate contractStart,
        Integer contractMonths,
        List<String> productTypes,
        PersonalData personalData,
        Classification classification,
        Boolean internetFacing,
        HostingRegion hostingRegion,
        Boolean operationalTechnology,
        SecurityLevel otSecurityLevel,
        Boolean vitalInfrastructure,
        Boolean nationalSecurity,
        TbbLevel tbbLevel,
        Boolean defenceAndSecurity,
        AiSystem aiSystem,
        List<SupplierAccess> supplierAccess,
        Boolean identityFederation,
        Boolean documentExchange,
        Boolean electronicSignatures,
        Boolean wireless,
        List<String> controlMeasures,
        @JsonInclude(JsonInclude.Include.NON_NULL) Suitability suitability,
        @JsonInclude(JsonInclude.Include.NON_NULL) Award award,
        @JsonInclude(JsonInclude.Include.NON_NULL) Tailoring tailoring) {

    /**
     * The last day the contract runs: contract start (or the reference date when no start is given) plus
     * the contract months; {@code null} when the length is not known.
     */
    public LocalDate contractEnd() {
        if (contractMonths == null) {
            return null;
        }
        LocalDate start = contractStart != null ? contractStart : referenceDate;
        return start == null ? null : start.plusMonths(contractMonths).minusDays(1);
    }

    /** This profile with more control measures chosen; normalise the result again to validate and sort them. */
    public ProcurementProfile withControlMeasures(List<String> more) {
        List<String> all = new java.util.ArrayList<>(controlMeasures == null ? List.of() : controlMeasures);
        all.addAll(more);
        return new ProcurementProfile(title, organisation, organisationType, cbwEntity, referenceDate, contractStart,
                contractMonths, productTypes, personalData, classification, internetFacing, hostingRegion,
                operationalTechnology, otSecurityLevel, vitalInfrastructure, nationalSecurity, tbbLevel,
                defenceAndSecurity, aiSystem, supplierAccess, identityFederation, documentExchange, electronicSignatures,
                wireless, all, suitability, award, tailoring);
    }

    /** This profile with other tailoring (or none): the same purchase, another set of the buyer's changes. */
    public ProcurementProfile withTailoring(Tailoring other) {
        return new ProcurementProfile(title, organisation, organisationType, cbwEntity, referenceDate, contractStart,
                contractMonths, productTypes, personalData, classification, internetFacing, hostingRegion,
                operationalTechnology, otSecurityLevel, vitalInfrastructure, nationalSecurity, tbbLevel,
                defenceAndSecurity, aiSystem, supplierAccess, identityFederation, documentExchange, electronicSignatures,
                wireless, controlMeasures, suitability, award, other);
    }

    /** The buyer's changes to the PvE; empty when there are none. */
    public Tailoring tailoringOrNone() {
        return tailoring == null ? new Tailoring(null, null, null, null, null) : tailoring;
    }

    /** Whether any of the listed kinds of supplier access is part of the purchase. */
    public boolean hasSupplierAccess(SupplierAccess access) {
        return supplierAccess != null && supplierAccess.contains(access);
    }
}
