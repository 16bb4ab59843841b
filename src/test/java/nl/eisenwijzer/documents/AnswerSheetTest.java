package nl.eisenwijzer.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.AssuranceReport;
import nl.eisenwijzer.gap.Certificate;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ClientReference;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.Insurance;
import nl.eisenwijzer.gap.SupportingDocument;
import nl.eisenwijzer.pve.Pve;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The answer sheet of the Velsen PvE, re-opened with POI: rows, drop-downs, locks, dossier sheets, metadata. */
class AnswerSheetTest {

    private static final Eisenwijzer ENGINE = TestEngine.get();
    private static final int ANSWER = 8;
    private static final int EVIDENCE = 10;

    private static Pve velsen(Language language) throws IOException {
        return AnswerSheetRoundTripTest.velsen(language).pve();
    }

    private static XSSFWorkbook open(Pve pve) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new AnswerSheet(ENGINE.catalog()).write(pve)));
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Cell cell : sheet.getRow(index)) {
            cells.add(format.formatCellValue(cell));
        }
        return cells;
    }

    private static DataValidation validationOf(XSSFSheet sheet, int row, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> Stream.of(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(row, column)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on " + row + "," + column));
    }

    private static String textOf(XSSFSheet sheet, Pve pve, String lineId) {
        int index = pve.requirements().indexOf(pve.line(lineId));
        return sheet.getRow(AnswerSheetLayout.FIRST_ROW + index).getCell(5).getStringCellValue();
    }

    @Test
    void oneRowPerLineWithTheAnswerDropDownAndOnlyTheAnswerCellsOpen() throws IOException {
        Pve pve = velsen(Language.NL);
        try (XSSFWorkbook workbook = open(pve)) {
            XSSFSheet sheet = workbook.getSheet("Eisen");
            assertThat(row(sheet, 0)).containsExactly("Nr.", "Eis", "Onderwerp", "Soort", "Titel", "Tekst",
                    "Voldoet aan", "Gevraagd bewijs", "Antwoord", "Toelichting", "Bewijs");
            assertThat(row(sheet, 1)).containsExactly("nr", "requirement", "domain", "kind", "title", "text",
                    "satisfies", "evidenceAsked", "answer", "explanation", "evidence");
            assertThat(sheet.getLastRowNum()).isEqualTo(AnswerSheetLayout.FIRST_ROW + pve.requirements().size() - 1);
            for (int i = 0; i < pve.requirements().size(); i++) {
                Row row = sheet.getRow(AnswerSheetLayout.FIRST_ROW + i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(pve.requirements().get(i).id());
                for (int column = 0; column < ANSWER; column++) {
                    assertThat(row.getCell(column).getCellStyle().getLocked()).as("locked column " + column).isTrue();
                }
                for (int column = ANSWER; column <= EVIDENCE; column++) {
                    assertThat(row.getCell(column).getCellStyle().getLocked()).as("open column " + column).isFalse();
                }
            }
            List<String> first = row(sheet, AnswerSheetLayout.FIRST_ROW);
            Pve.Line line = pve.requirements().get(0);
            assertThat(first.subList(0, 8)).containsExactly("1.1", line.id(), "Bestuur en beleid", "Contractvoorwaarde",
                    line.title(), line.text(), String.join(", ", line.satisfies()), String.join(", ", line.evidence()));
            // A line with sub-points shows them under its text; a declaration line says where its annex is.
            Pve.Line agreement = pve.line("AVG-28");
            assertThat(textOf(sheet, pve, "AVG-28")).startsWith(agreement.text()).contains("\n\u2022 AVG-28.3.a ");
            assertThat(textOf(sheet, pve, "EW-DECL-BIO2")).endsWith("Uitwerking: Bijlage bij 1.2");
            assertThat(sheet.isSheetLocked()).isTrue();

            int last = AnswerSheetLayout.FIRST_ROW + pve.requirements().size() - 1;
            DataValidation answer = validationOf(sheet, AnswerSheetLayout.FIRST_ROW, ANSWER);
            assertThat(answer.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(answer.getValidationConstraint().getExplicitListValues())
                    .containsExactly("complies", "partially-complies", "does-not-comply", "not-applicable");
            assertThat(answer.getRegions().getCellRangeAddresses())
                    .containsExactly(new CellRangeAddress(AnswerSheetLayout.FIRST_ROW, last, ANSWER, ANSWER));
            assertThat(answer.getShowErrorBox()).isTrue();
            // The evidence cell says which codes the line asks for.
            DataValidation evidence = validationOf(sheet, AnswerSheetLayout.FIRST_ROW, EVIDENCE);
            assertThat(evidence.getPromptBoxText()).contains(String.join(", ", line.evidence()), "'Codes'");
        }
    }

    @Test
    void theDossierSheetsMirrorTheDossierRecordsFieldForField() throws IOException {
        try (XSSFWorkbook workbook = open(velsen(Language.NL))) {
            assertThat(fields(workbook.getSheet("Certificaten"))).containsExactlyElementsOf(components(Certificate.class));
            assertThat(fields(workbook.getSheet("Rapporten"))).containsExactlyElementsOf(components(AssuranceReport.class));
            assertThat(fields(workbook.getSheet("Documenten"))).containsExactlyElementsOf(components(SupportingDocument.class));
            assertThat(fields(workbook.getSheet("Referenties"))).containsExactlyElementsOf(components(ClientReference.class));
            List<String> chain = new ArrayList<>(components(ChainParty.class));
            chain.remove("ownership");
            assertThat(fields(workbook.getSheet("Onderaannemers"))).containsExactlyElementsOf(chain);
            assertThat(fields(workbook.getSheet("Componenten"))).containsExactlyElementsOf(chain);
            List<String> owners = new ArrayList<>(List.of("party"));
            owners.addAll(components(ControllingParty.class));
            assertThat(fields(workbook.getSheet("Zeggenschap"))).containsExactlyElementsOf(owners);
            assertThat(formFields(workbook.getSheet("Inschrijver")))
                    .containsExactly("name", "kvkNumber", "country", "price", "stateOwned");
            assertThat(formFields(workbook.getSheet("Verzekering"))).containsExactlyElementsOf(components(Insurance.class));

            XSSFSheet certificates = workbook.getSheet("Certificaten");
            assertThat(validationOf(certificates, AnswerSheetLayout.FIRST_ROW, 0).getValidationConstraint()
                    .getExplicitListValues()).containsExactlyElementsOf(ENGINE.catalog().evidenceTypes().stream()
                            .filter(t -> t.kind() == EvidenceType.Form.CERTIFICATE).map(EvidenceType::id).toList());
            assertThat(validationOf(certificates, AnswerSheetLayout.FIRST_ROW + 10, 4).getValidationConstraint()
                    .getExplicitListValues()).containsExactly("yes", "no");
            assertThat(certificates.getColumnStyle(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(validationOf(workbook.getSheet("Verzekering"), 1, 2).getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
        }
    }

    @Test
    void aVeryHiddenSheetTiesTheWorkbookToItsPve() throws IOException {
        Pve pve = velsen(Language.NL);
        try (XSSFWorkbook workbook = open(pve)) {
            int index = workbook.getSheetIndex(AnswerSheetLayout.METADATA_SHEET);
            assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet metadata = workbook.getSheetAt(index);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= metadata.getLastRowNum(); r++) {
                rows.add(row(metadata, r));
            }
            assertThat(rows).contains(List.of("format", "eisenwijzer-answer-sheet"), List.of("language", "nl"),
                    List.of("fingerprint", pve.fingerprint()), List.of("catalogVersion", pve.catalogVersion()));
            assertThat(rows.stream().filter(r -> r.get(0).equals("line")).map(r -> r.get(1)))
                    .containsExactlyElementsOf(pve.requirements().stream().map(Pve.Line::id).toList());
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("Eisenwijzer");
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructie");
        }
    }

    @Test
    void anEnglishPveGivesEnglishSheetsAndTheSameFieldNames() throws IOException {
        try (XSSFWorkbook workbook = open(velsen(Language.EN))) {
            XSSFSheet sheet = workbook.getSheet("Requirements");
            assertThat(row(sheet, 0)).contains("Answer", "Explanation", "Evidence");
            assertThat(row(sheet, AnswerSheetLayout.FIRST_ROW)).contains("Governance and policy", "Contract condition");
            assertThat(fields(workbook.getSheet("Certificates"))).containsExactlyElementsOf(components(Certificate.class));
            assertThat(workbook.getSheet("Eisen")).isNull();
        }
    }

    @Test
    void theSamePveGivesTheSameWorkbook() throws IOException {
        Pve pve = velsen(Language.NL);
        assertThat(PveDocxTest.parts(new AnswerSheet(ENGINE.catalog()).write(pve)))
                .isEqualTo(PveDocxTest.parts(new AnswerSheet(ENGINE.catalog()).write(velsen(Language.NL))));
    }

    private static List<String> fields(XSSFSheet sheet) {
        return row(sheet, AnswerSheetLayout.FIELD_ROW);
    }

    private static List<String> formFields(XSSFSheet sheet) {
        List<String> fields = new ArrayList<>();
        for (int r = AnswerSheetLayout.FORM_FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            fields.add(sheet.getRow(r).getCell(AnswerSheetLayout.FORM_FIELD_COLUMN).getStringCellValue());
        }
        return fields;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
