package nl.eisenwijzer.profile;

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
 * that test, whose requirements the PvE then asks as MUST.
 */
@JsonPropertyOrder({"title", "organisation", "organisationType", "referenceDate", "contractStart", "contractMonths",
        "productTypes", "personalData", "classification", "internetFacing", "hostingRegion", "operationalTechnology",
        "otSecurityLevel", "vitalInfrastructure", "nationalSecurity", "tbbLevel", "defenceAndSecurity", "aiSystem", "supplierAccess", "identityFederation", "controlMeasures"})
public record ProcurementProfile(
        String title,
        String organisation,
        OrganisationType organisationType,
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
        List<String> controlMeasures) {

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
        return new ProcurementProfile(title, organisation, organisationType, referenceDate, contractStart, contractMonths,
                productTypes, personalData, classification, internetFacing, hostingRegion, operationalTechnology,
                otSecurityLevel, vitalInfrastructure, nationalSecurity, tbbLevel, defenceAndSecurity, aiSystem,
                supplierAccess, identityFederation, all);
    }

    /** Whether any of the listed kinds of supplier access is part of the purchase. */
    public boolean hasSupplierAccess(SupplierAccess access) {
        return supplierAccess != null && supplierAccess.contains(access);
    }
}
