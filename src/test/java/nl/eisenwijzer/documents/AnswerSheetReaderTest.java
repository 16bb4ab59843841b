package nl.eisenwijzer.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the import of an answer sheet accepts, and how it names the cell of everything it refuses. */
class AnswerSheetReaderTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();
    private static final AnswerSheetReader READER = new AnswerSheetReader(ENGINE.catalog());

    /** The Velsen sheet with only the bidder filled in: enough to read. */
    private static SheetFiller velsen() throws IOException {
        return AnswerSheetRoundTripTest.sheetFor(AnswerSheetRoundTripTest.velsen(Language.NL))
                .form("", "name", "Veilig Leren B.V.").form("", "country", "NL");
    }

    private static InvalidInputException rejection(byte[] xlsx) {
        try {
            READER.read(xlsx);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the sheet was accepted");
    }

    @Test
    void aSheetWithOnlyTheBidderGivesADossierWithoutAnswers() throws IOException {
        SupplierDossier dossier = READER.read(velsen().form("", "kvkNumber", 11223344).bytes());
        assertThat(dossier.name()).isEqualTo("Veilig Leren B.V.");
        // A KvK number typed as a number still reads as the digits.
        assertThat(dossier.kvkNumber()).isEqualTo("11223344");
        assertThat(dossier.statements()).isEmpty();
        assertThat(dossier.certificates()).isEmpty();
        assertThat(dossier.insurance()).isNull();
    }

    @Test
    void anAnswerOutsideTheListNamesSheetRowAndColumn() throws IOException {
        SheetFiller filler = velsen().answer("EW-DECL-ISMS", "maybe", null, List.of());
        int row = filler.excelRow("EW-DECL-ISMS");
        InvalidInputException e = rejection(filler.bytes());
        assertThat(e.field()).isEqualTo("Eisen!I" + row);
        assertThat(e.getMessage()).isEqualTo("sheet 'Eisen', row " + row + ", column 'Antwoord': 'maybe' is not allowed; "
                + "allowed values: complies, partially-complies, does-not-comply, not-applicable");
        assertThat(e.allowedValues()).containsExactly("complies", "partially-complies", "does-not-comply", "not-applicable");
    }

    @Test
    void aTrueOrFalseCellIsRefusedNotReadAsACode() throws IOException {
        SheetFiller filler = velsen().answerCell("EW-DECL-ISMS", true);
        InvalidInputException e = rejection(filler.bytes());
        assertThat(e.field()).isEqualTo("Eisen!I" + filler.excelRow("EW-DECL-ISMS"));
        assertThat(e.getMessage()).endsWith("'TRUE' is not allowed; "
                + "allowed values: complies, partially-complies, does-not-comply, not-applicable");
    }

    @Test
    void theFirstCodesOfAnOlderSheetAreReadInAnyCaseAndRemembered() throws IOException {
        SupplierDossier dossier = READER.read(velsen().answer("EW-DECL-ISMS", "Yes", null, List.of())
                .answer("EW-CLOUD-04", "partial", null, List.of()).answer("EW-WEB-04", "no", null, List.of())
                .answer("EW-WEB-02", "does-not-comply", null, List.of()).bytes());
        assertThat(dossier.statements()).extracting(s -> s.requirement() + " " + s.answer().wire() + " " + s.deprecatedAnswer())
                .containsExactlyInAnyOrder("EW-DECL-ISMS complies yes", "EW-CLOUD-04 partially-complies partial",
                        "EW-WEB-04 does-not-comply no", "EW-WEB-02 does-not-comply null");
    }

    @Test
    void anUnknownEvidenceTypeInAnAnswerIsRefused() throws IOException {
        SheetFiller filler = velsen().answer("EW-DECL-ISMS", "complies", null, List.of("ISO27001", "ISO9001"));
        InvalidInputException e = rejection(filler.bytes());
        assertThat(e.field()).isEqualTo("Eisen!K" + filler.excelRow("EW-DECL-ISMS"));
        assertThat(e.getMessage()).contains("column 'Bewijs': 'ISO9001' is not allowed; allowed values: ISO27001,");
        assertThat(e.allowedValues()).contains("SOC2-TYPE2", "SELF-DECLARATION");
    }

    @Test
    void codesAreReadInAnyCaseAndSeparatedByCommasOrSpaces() throws IOException {
        SupplierDossier dossier = READER.read(velsen().answer("EW-DECL-ISMS", "Complies", "Zie certificaat.",
                List.of("iso27001 soc2-type2;ISO27001")).bytes());
        assertThat(dossier.statements()).singleElement().satisfies(s -> {
            assertThat(s.answer().wire()).isEqualTo("complies");
            assertThat(s.explanation()).isEqualTo("Zie certificaat.");
            assertThat(s.evidence()).containsExactly("ISO27001", "SOC2-TYPE2");
        });
    }

    @Test
    void aDateThatIsNoDateNamesItsCell() throws IOException {
        InvalidInputException e = rejection(velsen().put("certificates", 0, "type", "ISO27001")
                .put("certificates", 0, "validUntil", "31-12-2027").bytes());
        assertThat(e.field()).isEqualTo("Certificaten!G3");
        assertThat(e.getMessage()).isEqualTo("sheet 'Certificaten', row 3, column 'Geldig tot': '31-12-2027' is not a "
                + "date; give a date or text in the form YYYY-MM-DD");
    }

    @Test
    void anUnknownCertificateTypeIsRefusedWithTheCertificateTypes() throws IOException {
        InvalidInputException e = rejection(velsen().put("certificates", 1, "type", "SOC2-TYPE2")
                .put("certificates", 1, "validUntil", LocalDate.of(2027, 1, 1)).bytes());
        assertThat(e.field()).isEqualTo("Certificaten!A4");
        assertThat(e.allowedValues()).contains("ISO27001", "ISO27701").doesNotContain("SOC2-TYPE2");
    }

    @Test
    void theDossierChecksNameTheCellTheValueCameFrom() throws IOException {
        // Only the type: the dossier check misses the date the certificate is valid until.
        InvalidInputException missing = rejection(velsen().put("certificates", 0, "type", "ISO27001").bytes());
        assertThat(missing.field()).isEqualTo("Certificaten!G3");
        assertThat(missing.getMessage()).startsWith("sheet 'Certificaten', row 3, column 'Geldig tot': "
                + "field 'certificates[0].validUntil' is required");
        // A product type the catalogue does not know, in a list of them.
        InvalidInputException service = rejection(velsen().put("reports", 0, "type", "PENTEST-REPORT")
                .put("reports", 0, "issued", LocalDate.of(2025, 5, 1)).put("reports", 0, "coversServices", "saas, toaster")
                .bytes());
        assertThat(service.field()).isEqualTo("Rapporten!F3");
        assertThat(service.getMessage()).contains("'toaster' is not allowed");
        // A negative amount on the form sheet.
        InvalidInputException amount = rejection(velsen().form("insurance", "perClaim", -5).form("insurance", "perYear", 10)
                .bytes());
        assertThat(amount.field()).isEqualTo("Verzekering!C2");
        assertThat(amount.getMessage()).startsWith("sheet 'Verzekering', row 2, column 'Waarde (Dekking per aanspraak "
                + "(euro))': field 'insurance.perClaim' is required: an amount in euro, 0 or more");
    }

    @Test
    void aBidderWithoutANameIsRefusedAtTheNameCell() throws IOException {
        SheetFiller filler = AnswerSheetRoundTripTest.sheetFor(AnswerSheetRoundTripTest.velsen(Language.NL))
                .form("", "country", "NL");
        InvalidInputException e = rejection(filler.bytes());
        assertThat(e.field()).isEqualTo("Inschrijver!C2");
        assertThat(e.getMessage()).contains("field 'name' is required");
    }

    @Test
    void aChangedRequirementIdIsRefused() throws IOException {
        SheetFiller filler = velsen().answer("EW-DECL-ISMS", "yes", null, List.of());
        int row = filler.excelRow("EW-DECL-ISMS");
        filler.requirements().getRow(row - 1).getCell(1).setCellValue("BIO2-9.99");
        InvalidInputException e = rejection(filler.bytes());
        assertThat(e.field()).isEqualTo("Eisen!B" + row);
        assertThat(e.getMessage()).contains("'BIO2-9.99' is not a line of the PvE this answer sheet was made for");
    }

    @Test
    void anOwnerOfAPartyNotInTheChainIsRefused() throws IOException {
        InvalidInputException e = rejection(velsen().put("ownership", 0, "party", "Onbekend B.V.")
                .put("ownership", 0, "name", "Moeder B.V.").put("ownership", 0, "country", "NL").bytes());
        assertThat(e.field()).isEqualTo("Zeggenschap!A3");
        assertThat(e.getMessage()).contains("'Onbekend B.V.' is not a subcontractor or component supplier");
    }

    @Test
    void ownershipAndTheSupplierChainComeBackAsTheYamlHadThem() throws IOException {
        GapAssessor gaps = ENGINE.gaps();
        GapAssessor.Target camera = gaps.target(ENGINE.readProfile(
                Files.readString(Path.of("examples/camera-surveillance-police.yaml")), Format.YAML), Language.NL);
        SupplierDossier yaml = AnswerSheetRoundTripTest.exampleDossier("camera-bidder.yaml");
        assertThat(yaml.components()).anySatisfy(c -> assertThat(c.ownership()).hasSize(2));

        SupplierDossier imported = READER.read(AnswerSheetRoundTripTest.sheetFor(camera).fill(yaml).bytes());

        assertThat(imported).isEqualTo(yaml);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        InvalidInputException e = rejection("name: Veilig Leren B.V.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.field()).isEmpty();
        assertThat(e.getMessage()).startsWith("not an .xlsx workbook");
    }

    @Test
    void aWorkbookWithoutTheMetadataSheetIsNoAnswerSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Eisen").createRow(0).createCell(0).setCellValue("requirement");
            workbook.write(out);
        }
        InvalidInputException e = rejection(out.toByteArray());
        assertThat(e.getMessage()).startsWith("not an Eisenwijzer answer sheet: the workbook has no (hidden) sheet "
                + "'eisenwijzer'");
    }

    @Test
    void aMissingSheetOrColumnIsNamed() throws IOException {
        SheetFiller withoutSheet = velsen();
        withoutSheet.workbook().removeSheetAt(withoutSheet.workbook().getSheetIndex("Referenties"));
        assertThatThrownBy(() -> READER.read(withoutSheet.bytes())).isInstanceOf(InvalidInputException.class)
                .hasMessage("sheet 'Referenties' is missing; the answer sheet needs every sheet it came with, even when a "
                        + "sheet stays empty");
        SheetFiller renamedColumn = velsen();
        renamedColumn.sheet("documents").getRow(AnswerSheetLayout.FIELD_ROW).getCell(1).setCellValue("datum");
        InvalidInputException e = rejection(renamedColumn.bytes());
        assertThat(e.field()).isEqualTo("Documenten!A2");
        assertThat(e.getMessage()).startsWith("sheet 'Documenten': no column has field 'date' in row 2");
    }
}
