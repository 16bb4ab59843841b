package nl.eisenwijzer.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.SecurityLevel;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Profiles are read strictly: every rejection names the field and, for closed sets, the allowed values. */
class ProfileReaderTest {

    private static final String MINIMAL = "title: T\norganisationType: gemeente\nproductTypes: [saas]\n";

    private ProcurementProfile read(String yaml) {
        return TestEngine.get().readProfile(yaml, Format.YAML);
    }

    private InvalidInputException rejected(String content, Format format) {
        try {
            TestEngine.get().readProfile(content, format);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + content);
    }

    @Test
    void defaultsAreFilledIn() {
        ProcurementProfile p = read(MINIMAL + "referenceDate: 2025-07-07\n");
        assertThat(p.personalData()).isEqualTo(PersonalData.NONE);
        assertThat(p.classification()).isEqualTo(Classification.DEFAULT);
        assertThat(p.hostingRegion()).isEqualTo(HostingRegion.NOT_APPLICABLE);
        assertThat(p.aiSystem()).isEqualTo(AiSystem.NONE);
        assertThat(p.supplierAccess()).isEmpty();
        assertThat(p.internetFacing()).isFalse();
        assertThat(p.referenceDate()).isEqualTo(LocalDate.of(2025, 7, 7));
    }

    @Test
    void theReferenceDateDefaultsToToday() {
        assertThat(read(MINIMAL).referenceDate()).isEqualTo(LocalDate.now());
    }

    @Test
    void productTypesAreSortedAndDeduplicatedSoFingerprintsAreStable() {
        ProcurementProfile p = read("title: T\norganisationType: gemeente\nproductTypes: [saas, consultancy, saas]\n");
        assertThat(p.productTypes()).containsExactly("consultancy", "saas");
    }

    @Test
    void anUnknownFieldNamesTheAllowedFields() {
        InvalidInputException e = rejected(MINIMAL + "personaldata: regular\n", Format.YAML);
        assertThat(e.field()).isEqualTo("personaldata");
        assertThat(e.getMessage()).contains("unknown field 'personaldata'").contains("personalData").contains("line 4");
    }

    @Test
    void aTbbLevelNeedsNationalSecurityAndIsOneOfTheFourLevels() {
        assertThat(read(MINIMAL + "nationalSecurity: true\ntbbLevel: TBB2\n").tbbLevel()).isEqualTo(TbbLevel.TBB2);
        assertThat(read(MINIMAL).tbbLevel()).isEqualTo(TbbLevel.NONE);
        InvalidInputException withoutNationalSecurity = rejected(MINIMAL + "tbbLevel: TBB2\n", Format.YAML);
        assertThat(withoutNationalSecurity.field()).isEqualTo("tbbLevel");
        assertThat(withoutNationalSecurity.getMessage()).contains("nationalSecurity: true");
        InvalidInputException unknown = rejected(MINIMAL + "nationalSecurity: true\ntbbLevel: TBB5\n", Format.YAML);
        assertThat(unknown.allowedValues()).containsExactly("none", "TBB1", "TBB2", "TBB3", "TBB4");
    }

    @Test
    void aBadEnumValueListsTheAllowedValues() {
        InvalidInputException e = rejected(MINIMAL + "hostingRegion: mars\n", Format.YAML);
        assertThat(e.field()).isEqualTo("hostingRegion");
        assertThat(e.allowedValues()).containsExactly("nl", "eu", "outside-eu", "not-applicable");
        assertThat(e.getMessage()).contains("'mars' is not allowed");
    }

    @Test
    void aBadNestedValueNamesTheDottedPath() {
        InvalidInputException e = rejected(MINIMAL + "classification: {confidentiality: extreme}\n", Format.YAML);
        assertThat(e.field()).isEqualTo("classification.confidentiality");
        assertThat(e.allowedValues()).containsExactly("low", "medium", "high");
    }

    @Test
    void anUnknownProductTypeListsTheCataloguesProductTypes() {
        InvalidInputException e = rejected("title: T\norganisationType: gemeente\nproductTypes: [saas, blockchain]\n", Format.YAML);
        assertThat(e.field()).isEqualTo("productTypes[1]");
        assertThat(e.allowedValues()).contains("saas", "ot-component", "ai-system").hasSize(22);
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(rejected("organisationType: gemeente\nproductTypes: [saas]\n", Format.YAML).field()).isEqualTo("title");
        assertThat(rejected("title: T\nproductTypes: [saas]\n", Format.YAML).allowedValues()).contains("vitale-aanbieder");
        assertThat(rejected("title: T\norganisationType: rijk\n", Format.YAML).field()).isEqualTo("productTypes");
    }

    @Test
    void contractMonthsMustBeInRange() {
        assertThat(rejected(MINIMAL + "contractMonths: 0\n", Format.YAML).getMessage()).contains("1 to 240");
        assertThat(rejected(MINIMAL + "contractMonths: 241\n", Format.YAML).field()).isEqualTo("contractMonths");
        assertThat(rejected(MINIMAL + "contractMonths: twelve\n", Format.YAML).getMessage()).contains("a whole number");
    }

    @Test
    void otNeedsASecurityLevelAndOnlyOtMayHaveOne() {
        InvalidInputException missing = rejected("title: T\norganisationType: waterschap\nproductTypes: [ot-component]\n", Format.YAML);
        assertThat(missing.field()).isEqualTo("otSecurityLevel");
        assertThat(missing.allowedValues()).containsExactly("SL1", "SL2", "SL3", "SL4");
        assertThat(rejected(MINIMAL + "operationalTechnology: true\n", Format.YAML).field()).isEqualTo("otSecurityLevel");
        assertThat(rejected(MINIMAL + "otSecurityLevel: SL2\n", Format.YAML).field()).isEqualTo("otSecurityLevel");
        assertThat(read("title: T\norganisationType: waterschap\nproductTypes: [ot-component]\notSecurityLevel: SL3\n")
                .otSecurityLevel()).isEqualTo(SecurityLevel.SL3);
    }

    @Test
    void noneCannotBeCombinedWithOtherAccess() {
        assertThat(rejected(MINIMAL + "supplierAccess: [none, on-site]\n", Format.YAML).field()).isEqualTo("supplierAccess");
        assertThat(read(MINIMAL + "supplierAccess: [none]\n").supplierAccess()).isEmpty();
        assertThat(read(MINIMAL + "supplierAccess: [on-site, remote-administration]\n").supplierAccess())
                .containsExactly(SupplierAccess.REMOTE_ADMINISTRATION, SupplierAccess.ON_SITE);
    }

    @Test
    void booleansAreNotGuessedFromText() {
        assertThat(rejected(MINIMAL + "internetFacing: \"yes\"\n", Format.YAML).getMessage()).contains("true or false");
    }

    @Test
    void jsonIsReadStrictlyToo() {
        assertThat(TestEngine.get().readProfile("""
                {"title": "T", "organisationType": "rijk", "productTypes": ["iaas"], "nationalSecurity": true}
                """, Format.JSON).nationalSecurity()).isTrue();
        assertThat(rejected("{\"title\": \"T\", \"title\": \"U\"}", Format.JSON).getMessage()).contains("Duplicate");
        assertThat(rejected("{\"title\": ", Format.JSON).getMessage()).contains("not valid YAML/JSON");
        assertThat(rejected("", Format.JSON).getMessage()).contains("empty");
    }

    @Test
    void aListWhereATextIsExpectedIsNamed() {
        InvalidInputException e = rejected("title: [a, b]\norganisationType: gemeente\nproductTypes: [saas]\n", Format.YAML);
        assertThat(e.field()).isEqualTo("title");
        assertThat(List.of(e.getMessage())).anyMatch(m -> m.contains("must be a text"));
    }
}
