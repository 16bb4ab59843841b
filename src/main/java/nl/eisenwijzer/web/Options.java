package nl.eisenwijzer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.profile.AiSystem;
import nl.eisenwijzer.profile.CbwEntity;
import nl.eisenwijzer.profile.HostingRegion;
import nl.eisenwijzer.profile.Level;
import nl.eisenwijzer.profile.OrganisationType;
import nl.eisenwijzer.profile.PersonalData;
import nl.eisenwijzer.profile.SupplierAccess;
import nl.eisenwijzer.profile.SuitabilityItem;
import nl.eisenwijzer.profile.TbbLevel;

/**
 * The choices the wizard offers, as the tender file's wire values (labels come from messages*.properties,
 * {@code option.FIELD.VALUE}), and the catalogue's product types under their group headings.
 */
public record Options(List<String> organisationType, List<String> cbwEntity, List<String> aiSystem, List<String> personalData,
        List<String> level, List<String> hostingRegion, List<String> supplierAccess, List<String> securityLevel,
        List<String> tbbLevel, List<String> suitability, Map<String, List<ProductType>> productGroups,
        List<String> award, Map<String, String> scoringScales) {

    static Options of(Catalog catalog, Language language) {
        Map<String, List<ProductType>> groups = new LinkedHashMap<>();
        for (ProductType type : catalog.productTypes()) {
            String group = type.group() == null ? "" : type.group().in(language);
            groups.computeIfAbsent(group, k -> new java.util.ArrayList<>()).add(type);
        }
        return new Options(WireEnum.allowed(OrganisationType.class), WireEnum.allowed(CbwEntity.class),
                WireEnum.allowed(AiSystem.class), WireEnum.allowed(PersonalData.class), WireEnum.allowed(Level.class),
                WireEnum.allowed(HostingRegion.class),
                WireEnum.allowed(SupplierAccess.class).stream().filter(a -> !a.equals("none")).toList(),
                securityLevels(), WireEnum.allowed(TbbLevel.class),
                WireEnum.allowed(SuitabilityItem.class), groups, AwardForm.CHOICES,
                scales(catalog, language));
    }

    /** The catalogue's scales for judging quality (award step), by id with their label. */
    private static Map<String, String> scales(Catalog catalog, Language language) {
        Map<String, String> scales = new LinkedHashMap<>();
        catalog.scoringScales().values().forEach(scale -> scales.put(scale.id(), scale.label().in(language)));
        return scales;
    }

    /** The IEC 62443 target levels a purchase can ask, by their names (SL1 to SL4). */
    static List<String> securityLevels() {
        return java.util.Arrays.stream(nl.eisenwijzer.catalog.SecurityLevel.values()).map(Enum::name).toList();
    }
}
