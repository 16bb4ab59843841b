package nl.eisenwijzer.profile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import nl.eisenwijzer.catalog.SecurityLevel;

/**
 * What is being bought and in what setting: the input of the PvE. Read and normalised by
 * {@link ProfileReader}, so that every field here has its default filled in (except the optional dates and
 * organisation), and inserted into the rule session as a fact.
 */
@JsonPropertyOrder({"title", "organisation", "organisationType", "referenceDate", "contractStart", "contractMonths",
        "productTypes", "personalData", "classification", "internetFacing", "hostingRegion", "operationalTechnology",
        "otSecurityLevel", "vitalInfrastructure", "nationalSecurity", "tbbLevel", "aiSystem", "supplierAccess", "identityFederation"})
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
        AiSystem aiSystem,
        List<SupplierAccess> supplierAccess,
        Boolean identityFederation) {

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

    /** Whether any of the listed kinds of supplier access is part of the purchase. */
    public boolean hasSupplierAccess(SupplierAccess access) {
        return supplierAccess != null && supplierAccess.contains(access);
    }
}
