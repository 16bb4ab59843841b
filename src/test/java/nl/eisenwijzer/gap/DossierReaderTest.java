package nl.eisenwijzer.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dossier the rules could not judge fairly is rejected with the field, and the allowed values where they are few. */
class DossierReaderTest {

    private static final DossierReader READER = TestEngine.get().gaps().dossierReader();
    private static final Set<String> PVE = Set.of("BIO2-5.1", "NIS2-21.2.j");

    private static InvalidInputException rejected(String yaml) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> READER.validate(READER.read("name: A\ncountry: NL\n" + yaml, Format.YAML), PVE));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "certificates: [{type: ISO9001, validUntil: 2027-01-01}]                 | certificates[0].type        | 'ISO9001' is not allowed",
        "certificates: [{type: SOC2-TYPE2, validUntil: 2027-01-01}]              | certificates[0].type        | allowed values: ISO27001",
        "certificates: [{type: ISO27001}]                                        | certificates[0].validUntil  | is required",
        "certificates: [{type: ISO27001, issued: 2027-01-01, validUntil: 2026-01-01}] | certificates[0].validUntil | is before",
        "certificates: [{type: ISO27001, validUntil: 2027-02-30}]                | certificates[0].validUntil  | ",
        "certificates: [{type: ISO27001, validUntil: 2027-01-01, coversServices: [cloudy]}] | certificates[0].coversServices[0] | 'cloudy' is not allowed",
        "certificates: [{type: ISO27001, validUntil: 2027-01-01, holder: Hoster B.V.}] | certificates[0].reliedOnFor | allowed values: hosting, information-security",
        "certificates: [{type: ISO27001, validUntil: 2027-01-01, reliedOnFor: hosting}] | certificates[0].holder | go together",
        "certificates: [{type: ISO27001, validUntil: 2027-01-01, holder: ' ', reliedOnFor: hosting}] | certificates[0].holder | is blank",
        "certificates: [{type: ISO27001, validUntil: 2027-01-01, holder: A, reliedOnFor: hosting}] | certificates[0].holder | is the bidder itself",
        "certificates: [{type: ISO27001, validUntil: 2027-01-01, holder: H, reliedOnFor: housing}] | certificates[0].reliedOnFor | 'housing' is not allowed",
        "reports: [{type: SOC2-TYPE2, periodStart: 2025-01-01, periodEnd: 2024-12-31}] | reports[0].periodEnd   | is before 'reports[0].periodStart'",
        "reports: [{type: SOC2-TYPE2, periodStart: 2025-01-01}]                  | reports[0].periodEnd        | go together",
        "reports: [{type: PENTEST-REPORT}]                                       | reports[0].issued           | is required for a PENTEST-REPORT",
        "documents: [{type: GVA}]                                                | documents[0].date           | is required",
        "documents: [{type: ISO27001, date: 2025-01-01}]                         | documents[0].type           | allowed values: DPA",
        "documents: [{type: SWORN-STATEMENT, date: 2025-01-01}]                  | documents[0].equivalentOf   | is required for a SWORN-STATEMENT",
        "documents: [{type: EQUIVALENT-DOCUMENT, equivalentOf: DPA, country: DE, date: 2025-01-01}] | documents[0].equivalentOf | allowed values: GVA, TAX-STATEMENT, KVK-EXTRACT",
        "documents: [{type: EQUIVALENT-DOCUMENT, equivalentOf: GVA, date: 2025-01-01}] | documents[0].country  | it is missing",
        "documents: [{type: EQUIVALENT-DOCUMENT, equivalentOf: GVA, country: Germany, date: 2025-01-01}] | documents[0].country | got 'Germany'",
        "documents: [{type: GVA, equivalentOf: GVA, country: DE, date: 2025-01-01}] | documents[0].type        | its type is one of EQUIVALENT-DOCUMENT, SWORN-STATEMENT",
        "documents: [{type: GVA, country: DE, date: 2025-01-01}]                 | documents[0].country        | goes with 'documents[0].equivalentOf'",
        "documents: [{type: KVK-EXTRACT, name: Handelsregister, date: 2025-01-01}] | documents[0].name         | goes with 'documents[0].equivalentOf'",
        "documents: [{type: EQUIVALENT-DOCUMENT, equivalentOf: GVA, country: DE, name: ' ', date: 2025-01-01}] | documents[0].name | is blank",
        "statements: [{requirement: AVG-28.3.a, answer: complies}]                | statements[0].requirement   | AVG-28.3.a is not in the PvE",
        "statements: [{requirement: BIO2-5.1, answer: maybe}]                    | statements[0].answer        | allowed values: complies, partially-complies, does-not-comply, not-applicable",
        "statements: [{requirement: BIO2-5.1, answer: true}]                     | statements[0].answer        | A YAML 1.1 reader (such as PyYAML) turns yes and no into true and false",
        "statements: [{requirement: BIO2-5.1, answer: 1}]                        | statements[0].answer        | '1' is not allowed: the answer is a code",
        "statements: [{requirement: BIO2-5.1, answer: YES}]                      | statements[0].answer        | 'YES' is not allowed",
        "statements: [{requirement: BIO2-5.1}]                                   | statements[0].answer        | 'null' is not allowed",
        "statements: [{requirement: BIO2-5.1, answer: complies, deprecatedAnswer: 'yes'}] | statements[0].deprecatedAnswer | unknown field",
        "statements: [{requirement: BIO2-5.1, answer: complies, evidence: [ISO9001]}] | statements[0].evidence[0] | 'ISO9001' is not allowed",
        "statements: [{requirement: BIO2-5.1, answer: complies}, {requirement: BIO2-5.1, answer: does-not-comply}] | statements[1].requirement | answered twice",
        "waivers: [{requirement: BIO2-5.1, expires: 2026-01-01}]                 | waivers[0].justification    | is required",
        "waivers: [{requirement: FS-RPKI, justification: x, expires: 2026-01-01}] | waivers[0].requirement     | not in the PvE",
        "insurance: {perClaim: -1, perYear: 2500000}                             | insurance.perClaim          | an amount in euro",
        "insurance: {willTakeOutOnAward: false}                                  | insurance.perClaim          | unless 'insurance.willTakeOutOnAward' is true",
        "insurance: {perClaim: 1000000, willTakeOutOnAward: true}                 | insurance.perYear           | an amount in euro",
        "insurance: {willTakeOutOnAward: 'yes'}                                  | insurance.willTakeOutOnAward | ",
        "references: [{client: X}]                                               | references[0].completed     | is required",
        "colour: blue                                                            | colour                      | unknown field",
        "ownership: [{country: NL, stateOwned: true}]                            | ownership[0].name           | is required",
        "ownership: [{name: P, country: Holland}]                                | ownership[0].country        | ISO 3166 alpha-2",
        "stateOwned: perhaps                                                     | stateOwned                  | ",
        "subcontractors: [{name: S, country: NL}]                                | subcontractors[0].access    | allowed values: none, delivery",
        "subcontractors: [{name: S, country: NL, access: [none, on-site]}]       | subcontractors[0].access    | 'none' cannot be combined",
        "subcontractors: [{name: S, country: NL, access: [telepathy]}]           | subcontractors[0].access[0] | ",
        "components: [{name: A, country: DE, access: [delivery]}]                | components[0].name          | appears twice in the chain",
        "subcontractors: [{name: S, country: NL, access: [on-site]}]\\ncomponents: [{name: S, country: DE, access: [delivery]}] | components[0].name | appears twice",
        "components: [{name: C, country: DE, access: [delivery], ownership: [{name: O, country: ZZ}]}] | components[0].ownership[0].country | ISO 3166"})
    void aBadFieldIsNamed(String yaml, String field, String message) {
        InvalidInputException e = rejected(yaml.strip().replace("\\n", "\n") + "\n");
        assertThat(e.field()).isEqualTo(field.strip());
        if (message != null) {
            assertThat(e.getMessage()).contains(message.strip());
        }
    }

    @Test
    void aDocumentStandingInForADutchOneNamesOneThatMayBeReplacedAndItsCountry() {
        InvalidInputException e = rejected("documents: [{type: SWORN-STATEMENT, equivalentOf: INSURANCE-POLICY, country: DE, "
                + "date: 2025-01-01}]\n");
        assertThat(e.allowedValues()).containsExactly("GVA", "TAX-STATEMENT", "KVK-EXTRACT");
        assertThat(rejected("documents: [{type: SWORN-STATEMENT, equivalentOf: GVA, country: ZZ, date: 2025-01-01}]\n")
                .allowedValues()).contains("DE", "NL");
        SupplierDossier d = READER.validate(READER.read("name: A\ncountry: DE\ndocuments:\n"
                + "  - {type: EQUIVALENT-DOCUMENT, equivalentOf: GVA, country: DE, name: Führungszeugnis, date: 2025-01-01}\n"
                + "  - {type: SWORN-STATEMENT, equivalentOf: TAX-STATEMENT, country: DE, date: 2025-01-01}\n", Format.YAML), PVE);
        assertThat(d.documents()).extracting(SupportingDocument::describe).containsExactly(
                "EQUIVALENT-DOCUMENT/GVA \"Führungszeugnis\" (DE, 2025-01-01)", "SWORN-STATEMENT/TAX-STATEMENT (DE, 2025-01-01)");
    }

    @ParameterizedTest
    @CsvSource({"nl", "NLD", "XX", "''"})
    void theCountryMustBeAnIsoCode(String country) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> READER.validate(READER.read("name: A\ncountry: '" + country + "'\n", Format.YAML), PVE));
        assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessageContaining("ISO 3166 alpha-2");
    }

    @ParameterizedTest
    @CsvSource({"'country: NL'", "'name: \"  \"\ncountry: NL'"})
    void aDossierNeedsAName(String yaml) {
        assertThatThrownBy(() -> READER.validate(READER.read(yaml, Format.YAML), PVE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'name' is required");
    }

    @Test
    void theFirstCodesAreReadAsTheirAnswersAndTheStatementRemembersTheAlias() {
        SupplierDossier d = READER.validate(READER.read("name: A\ncountry: NL\nstatements:\n"
                + "  - {requirement: BIO2-5.1, answer: yes}\n  - {requirement: NIS2-21.2.j, answer: partially-complies}\n",
                Format.YAML), PVE);
        assertThat(d.statements()).extracting(Statement::answer, Statement::deprecatedAnswer)
                .containsExactly(tuple(Answer.COMPLIES, "yes"), tuple(Answer.PARTIALLY_COMPLIES, null));
        // The dossier as the fingerprint sees it: in the current codes, the alias no field of it.
        String json = StrictReader.mapper(Format.JSON).writeValueAsString(d);
        assertThat(json).contains("\"answer\":\"complies\"").doesNotContain("\"yes\"", "deprecatedAnswer");
    }

    @Test
    void aBooleanAnswerInJsonIsRefusedNeverMappedToACode() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(
                "{\"name\": \"A\", \"country\": \"NL\",\n \"statements\": [{\"requirement\": \"BIO2-5.1\", \"answer\": false}]}",
                Format.JSON));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) thrown;
        assertThat(e.field()).isEqualTo("statements[0].answer");
        assertThat(e.getMessage()).startsWith("line 2: field 'statements[0].answer': false is not allowed")
                .contains("allowed values: complies, partially-complies, does-not-comply, not-applicable",
                        "write complies or does-not-comply in the file");
        assertThat(e.allowedValues()).containsExactly("complies", "partially-complies", "does-not-comply", "not-applicable");
    }
}
