package nl.eisenwijzer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.AssuranceReport;
import nl.eisenwijzer.gap.Certificate;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ClientReference;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.Statement;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.gap.SupportingDocument;
import nl.eisenwijzer.input.WireEnum;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in an answer sheet the way a bidder does in Excel: cells found by the field names in the header, typed
 * values into cells that take the column's format (so a date becomes a real Excel date), text as text.
 * Sheets are named by their dossier path ({@code certificates}, {@code ""} for the bidder), in the sheet's language.
 */
final class SheetFiller {

    private final XSSFWorkbook workbook;
    private final AnswerSheetLayout layout;
    private final Language language;

    SheetFiller(byte[] xlsx, Catalog catalog, Language language) {
        this.layout = new AnswerSheetLayout(catalog);
        this.language = language;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    /** Answers the requirement row of {@code id}; a null answer leaves the row as it is. */
    SheetFiller answer(String id, String answer, String explanation, List<String> evidence) {
        XSSFSheet sheet = requirements();
        int row = rowOf(sheet, id);
        set(sheet, row, column(sheet, "answer"), answer);
        set(sheet, row, column(sheet, "explanation"), explanation);
        set(sheet, row, column(sheet, "evidence"), evidence.isEmpty() ? null : String.join(", ", evidence));
        return this;
    }

    /** Puts a value of any cell type (a TRUE cell, say) in the answer cell of {@code id}. */
    SheetFiller answerCell(String id, Object value) {
        XSSFSheet sheet = requirements();
        set(sheet, rowOf(sheet, id), column(sheet, "answer"), value);
        return this;
    }

    /** The 1-based Excel row of a requirement id on sheet 'Eisen'. */
    int excelRow(String id) {
        return rowOf(requirements(), id) + 1;
    }

    XSSFSheet requirements() {
        return workbook.getSheet(layout.requirements().name().in(language));
    }

    XSSFSheet sheet(String path) {
        return workbook.getSheet(layout.dossier(path).name().in(language));
    }

    /** Puts a value in the table sheet of {@code path}, record {@code index} (0 is the first row under the header). */
    SheetFiller put(String path, int index, String field, Object value) {
        XSSFSheet sheet = sheet(path);
        set(sheet, AnswerSheetLayout.FIRST_ROW + index, column(sheet, field), value);
        return this;
    }

    /** Puts a value in a form sheet ({@code ""} for the bidder, {@code insurance}) in the row of {@code field}. */
    SheetFiller form(String path, String field, Object value) {
        XSSFSheet sheet = sheet(path);
        for (Row row : sheet) {
            Cell name = row.getCell(AnswerSheetLayout.FORM_FIELD_COLUMN);
            if (row.getRowNum() > 0 && name != null && name.getStringCellValue().equals(field)) {
                set(sheet, row.getRowNum(), AnswerSheetLayout.FORM_VALUE_COLUMN, value);
                return this;
            }
        }
        throw new IllegalArgumentException("no field " + field + " on " + sheet.getSheetName());
    }

    /** Everything in the dossier, as a bidder would type it. */
    SheetFiller fill(SupplierDossier dossier) {
        form("", "name", dossier.name());
        form("", "kvkNumber", dossier.kvkNumber());
        form("", "country", dossier.country());
        form("", "price", dossier.price() == null ? null : dossier.price().longValueExact());
        form("", "stateOwned", yesNo(dossier.stateOwned()));
        for (int i = 0; i < dossier.certificates().size(); i++) {
            Certificate c = dossier.certificates().get(i);
            put("certificates", i, "type", c.type()).put("certificates", i, "scope", c.scope())
                    .put("certificates", i, "coversServices", String.join(", ", c.coversServices()))
                    .put("certificates", i, "issuer", c.issuer()).put("certificates", i, "accredited", yesNo(c.accredited()))
                    .put("certificates", i, "issued", c.issued()).put("certificates", i, "validUntil", c.validUntil())
                    .put("certificates", i, "holder", c.holder())
                    .put("certificates", i, "reliedOnFor", c.reliedOnFor() == null ? null : c.reliedOnFor().wire());
        }
        for (int i = 0; i < dossier.reports().size(); i++) {
            AssuranceReport r = dossier.reports().get(i);
            // Dates typed as ISO text here, real dates elsewhere: the import takes both.
            put("reports", i, "type", r.type()).put("reports", i, "issuer", r.issuer())
                    .put("reports", i, "periodStart", text(r.periodStart())).put("reports", i, "periodEnd", text(r.periodEnd()))
                    .put("reports", i, "issued", text(r.issued()))
                    .put("reports", i, "coversServices", String.join(",", r.coversServices()));
        }
        for (int i = 0; i < dossier.documents().size(); i++) {
            SupportingDocument d = dossier.documents().get(i);
            put("documents", i, "type", d.type()).put("documents", i, "date", d.date())
                    .put("documents", i, "equivalentOf", d.equivalentOf()).put("documents", i, "country", d.country())
                    .put("documents", i, "name", d.name());
        }
        if (dossier.insurance() != null) {
            form("insurance", "perClaim", dossier.insurance().perClaim());
            form("insurance", "perYear", dossier.insurance().perYear());
            form("insurance", "willTakeOutOnAward", yesNo(dossier.insurance().willTakeOutOnAward()));
        }
        for (int i = 0; i < dossier.references().size(); i++) {
            ClientReference r = dossier.references().get(i);
            put("references", i, "client", r.client()).put("references", i, "completed", r.completed())
                    .put("references", i, "users", r.users()).put("references", i, "publicSector", yesNo(r.publicSector()));
        }
        int owner = 0;
        for (ControllingParty o : dossier.ownership()) {
            owner = owner(owner, null, o);
        }
        owner = chain("subcontractors", dossier.subcontractors(), owner);
        chain("components", dossier.components(), owner);
        for (Statement s : dossier.statements()) {
            answer(s.requirement(), s.answer().wire(), s.explanation(), s.evidence());
        }
        return this;
    }

    private int chain(String path, List<ChainParty> parties, int owner) {
        int next = owner;
        for (int i = 0; i < parties.size(); i++) {
            ChainParty p = parties.get(i);
            put(path, i, "name", p.name()).put(path, i, "country", p.country()).put(path, i, "role", p.role())
                    .put(path, i, "access", p.access().stream().map(WireEnum::wire).collect(Collectors.joining(", ")))
                    .put(path, i, "stateOwned", yesNo(p.stateOwned()));
            for (ControllingParty o : p.ownership()) {
                next = owner(next, p.name(), o);
            }
        }
        return next;
    }

    private int owner(int index, String party, ControllingParty o) {
        put("ownership", index, "party", party).put("ownership", index, "name", o.name())
                .put("ownership", index, "country", o.country()).put("ownership", index, "stateOwned", yesNo(o.stateOwned()));
        return index + 1;
    }

    /** The filled-in workbook as the bidder saves it; the filler is done after this. */
    byte[] bytes() {
        return OfficeFiles.bytes(workbook);
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static int column(XSSFSheet sheet, String field) {
        for (Cell cell : sheet.getRow(AnswerSheetLayout.FIELD_ROW)) {
            if (cell.getStringCellValue().equals(field)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + field + " on " + sheet.getSheetName());
    }

    private static int rowOf(XSSFSheet sheet, String id) {
        int column = column(sheet, "requirement");
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() >= AnswerSheetLayout.FIRST_ROW && cell != null && cell.getStringCellValue().equals(id)) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row for " + id);
    }

    /** Like typing into the cell: it takes the column's format, and a number or date stays one. */
    private static void set(XSSFSheet sheet, int rowIndex, int column, Object value) {
        if (value == null) {
            return;
        }
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        CellStyle columnStyle = sheet.getColumnStyle(column);
        if (cell.getCellStyle().getIndex() == 0 && columnStyle != null) {
            cell.setCellStyle(columnStyle);
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean yesNo) {
            cell.setCellValue(yesNo);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
