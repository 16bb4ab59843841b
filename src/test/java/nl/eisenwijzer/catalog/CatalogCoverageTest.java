package nl.eisenwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.profile.AiSystem;
import nl.eisenwijzer.profile.Classification;
import nl.eisenwijzer.profile.HostingRegion;
import nl.eisenwijzer.profile.Level;
import nl.eisenwijzer.profile.CbwEntity;
import nl.eisenwijzer.profile.OrganisationType;
import nl.eisenwijzer.profile.Suitability;
import nl.eisenwijzer.profile.SuitabilityItem;
import nl.eisenwijzer.profile.PersonalData;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.profile.SupplierAccess;
import nl.eisenwijzer.profile.TbbLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue is complete: every identifier each framework defines is present (the expected lists in
 * {@code src/test/resources/coverage/} were taken from the sources named in their first line), every entry
 * can be reached by some procurement profile, and the structured fields that the rules read are set.
 */
class CatalogCoverageTest {

    private final Catalog catalog = TestEngine.get().catalog();

    static Stream<Arguments> frameworks() {
        return Stream.of(
                Arguments.of("bio2-controls.txt", 93),
                Arguments.of("iec62443-3-3.txt", 51),
                Arguments.of("iec62443-4-2.txt", 58),
                Arguments.of("abro-2026.txt", 445),
                Arguments.of("nis2.txt", 15),
                Arguments.of("cra.txt", 22),
                Arguments.of("avg.txt", 16),
                Arguments.of("aiact.txt", 12),
                Arguments.of("fs.txt", 17));
    }

    @ParameterizedTest(name = "{0}: all {1}")
    @MethodSource("frameworks")
    void everyIdentifierOfTheFrameworkIsInTheCatalogue(String list, int count) throws IOException {
        List<String> expected = expected(list);
        assertThat(expected).hasSize(count);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(catalog.requirementsById().keySet());
        assertThat(missing).as("missing from the catalogue").isEmpty();
    }

    /** Every BIO2 v1.2 government measure; the ones v1.3 added or moved are in the catalogue too, with a note. */
    @Test
    void everyBio2MeasureOfVersion12IsInTheCatalogue() throws IOException {
        everyIdentifierOfTheFrameworkIsInTheCatalogue("bio2-measures-v1.2.txt", 120);
    }

    @Test
    void theIsoThemesHaveTheirControlCounts() {
        Map<String, Long> perTheme = catalog.requirements().stream()
                .filter(r -> r.id().matches("BIO2-\\d\\.\\d+"))
                .collect(Collectors.groupingBy(r -> r.id().substring(5, 6), Collectors.counting()));
        assertThat(perTheme).containsExactlyInAnyOrderEntriesOf(Map.of("5", 37L, "6", 8L, "7", 14L, "8", 34L));
    }

    @Test
    void everyBio2MeasureRecordsItsBio2Group() {
        assertThat(idsWhere(r -> r.id().matches("BIO2-\\d\\.\\d\\d\\.\\d\\d") && r.groups().isEmpty())).isEmpty();
    }

    @Test
    void everyAbroRequirementNamesItsTbbLevels() {
        assertThat(idsWhere(r -> r.framework().equals("ABRO") && r.groups().isEmpty())).isEmpty();
    }

    @Test
    void everyIec62443RequirementHasATargetSecurityLevel() {
        assertThat(idsWhere(r -> r.framework().startsWith("IEC62443") && r.securityLevel() == null)).isEmpty();
    }

    @Test
    void theComponentSpecificRequirementsNameTheirComponentTypes() {
        for (String id : List.of("IEC62443-4-2-CR2.13", "IEC62443-4-2-CR3.10", "IEC62443-4-2-CR3.11",
                "IEC62443-4-2-CR3.12", "IEC62443-4-2-CR3.13", "IEC62443-4-2-CR3.14")) {
            assertThat(catalog.requirementsById().get(id).componentTypes()).as(id).isNotEmpty();
        }
    }

    @Test
    void everyCraRequirementSaysFromWhenItApplies() {
        assertThat(idsWhere(r -> r.framework().equals("CRA") && r.effectiveFrom() == null)).isEmpty();
    }

    @Test
    void everyEntryHasBothLanguagesASourceAndADomainThatExists() {
        Set<String> domains = catalog.domains().stream().map(Domain::id).collect(Collectors.toSet());
        for (Requirement r : catalog.requirements()) {
            assertThat(r.title().nl()).as(r.id()).isNotBlank();
            assertThat(r.title().en()).as(r.id()).isNotBlank();
            assertThat(r.text().nl()).as(r.id()).isNotBlank();
            assertThat(r.text().en()).as(r.id()).isNotBlank();
            assertThat(r.source().url()).as(r.id()).startsWith("https://");
            assertThat(domains).as(r.id()).contains(r.domain());
            r.mappedIds().forEach(target -> assertThat(catalog.requirementsById()).as(r.id() + " → " + target)
                    .containsKey(target));
        }
    }

    @Test
    void theChangelogStartsWithTheCurrentVersion() {
        assertThat(catalog.info().changelog()).isNotEmpty();
        assertThat(catalog.info().changelog().get(0).version()).isEqualTo(catalog.info().version());
    }

    /**
     * Generates profiles — every product type alone and all together, each plainly and with every
     * setting that widens the PvE, at every TBB level and hosting region — and proves that the union of
     * their PvEs is the whole catalogue: no entry is dead weight that no purchase can ever select.
     */
    @Test
    void everyRequirementIsSelectableBySomeProfile() {
        Eisenwijzer engine = TestEngine.get();
        Set<String> unreached = new TreeSet<>(catalog.requirementsById().keySet());
        for (ProcurementProfile profile : generatedProfiles()) {
            unreached.removeAll(engine.pveBuilder().select(engine.profileReader().normalise(profile)).applicable());
            if (unreached.isEmpty()) {
                break;
            }
        }
        assertThat(unreached).as("requirements no generated profile selects").isEmpty();
    }

    private List<ProcurementProfile> generatedProfiles() {
        List<List<String>> productTypeSets = new ArrayList<>();
        List<String> all = catalog.productTypes().stream().map(ProductType::id).toList();
        productTypeSets.add(all);
        all.forEach(id -> productTypeSets.add(List.of(id)));
        List<ProcurementProfile> profiles = new ArrayList<>();
        for (List<String> types : productTypeSets) {
            profiles.add(plain(types));
            for (TbbLevel tbb : TbbLevel.values()) {
                for (HostingRegion region : HostingRegion.values()) {
                    profiles.add(widest(types, tbb, region));
                }
            }
        }
        return profiles;
    }

    private ProcurementProfile plain(List<String> types) {
        return new ProcurementProfile("generated", null, OrganisationType.GEMEENTE, null, null, null, null, types,
                null, null, null, null, null, otLevelNeeded(types) ? SecurityLevel.SL1 : null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private ProcurementProfile widest(List<String> types, TbbLevel tbb, HostingRegion region) {
        return new ProcurementProfile("generated", null, OrganisationType.RIJK, CbwEntity.ESSENTIAL, null, null, 48, types,
                PersonalData.SPECIAL, new Classification(Level.HIGH, Level.HIGH, Level.HIGH), true, region, true,
                SecurityLevel.SL4, true, true, tbb, true, AiSystem.HIGH_RISK,
                Arrays.stream(SupplierAccess.values()).filter(a -> a != SupplierAccess.NONE).toList(), true, true, true, true,
                catalog.natsec().measures().stream().map(ControlMeasure::id).toList(),
                new Suitability(List.of(SuitabilityItem.values()), null, null), null, null);
    }

    private boolean otLevelNeeded(List<String> types) {
        return types.stream().anyMatch(t -> catalog.productTypesById().get(t).traits().contains("ot"));
    }

    private List<String> idsWhere(java.util.function.Predicate<Requirement> test) {
        return catalog.requirements().stream().filter(test).map(Requirement::id).toList();
    }

    private static List<String> expected(String list) throws IOException {
        try (InputStream in = CatalogCoverageTest.class.getResourceAsStream("/coverage/" + list)) {
            assertThat(in).as(list).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
