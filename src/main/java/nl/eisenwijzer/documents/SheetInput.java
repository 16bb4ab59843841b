package nl.eisenwijzer.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the sheets of a filled-in answer sheet as records: a table sheet row by row, a form sheet as one
 * record. Columns (and form rows) are found by the dossier field names in the header, so the sheet names
 * and labels only have to match the language the sheet was written in.
 */
final class SheetInput {

    private final XSSFWorkbook workbook;
    private final Language language;

    SheetInput(XSSFWorkbook workbook, Language language) {
        this.workbook = workbook;
        this.language = language;
    }

    /** The non-blank rows below the header, reading only the given columns. */
    List<SheetRecord> table(AnswerSheetLayout.Sheet spec, List<AnswerSheetLayout.Column> columns) {
        XSSFSheet sheet = sheet(spec);
        Map<AnswerSheetLayout.Column, Integer> positions = new LinkedHashMap<>();
        Row fields = sheet.getRow(AnswerSheetLayout.FIELD_ROW);
        for (AnswerSheetLayout.Column column : columns) {
            positions.put(column, find(fields, column.field(), spec));
        }
        List<SheetRecord> records = new ArrayList<>();
        for (int r = AnswerSheetLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            Map<String, CellLocation> cells = new HashMap<>();
            for (Map.Entry<AnswerSheetLayout.Column, Integer> position : positions.entrySet()) {
                AnswerSheetLayout.Column column = position.getKey();
                CellLocation at = new CellLocation(sheet.getSheetName(), r, position.getValue(), column.label().in(language));
                read(row.getCell(position.getValue()), column, at, values, cells);
            }
            if (!values.isEmpty()) {
                records.add(new SheetRecord(values, cells, cells.get(columns.get(0).field())));
            }
        }
        return records;
    }

    /** A form sheet: one row per field, the value in column C. */
    SheetRecord form(AnswerSheetLayout.Sheet spec) {
        XSSFSheet sheet = sheet(spec);
        Map<String, Object> values = new HashMap<>();
        Map<String, CellLocation> cells = new HashMap<>();
        String valueLabel = AnswerSheetLayout.FORM_VALUE.in(language);
        for (AnswerSheetLayout.Column column : spec.columns()) {
            int r = findRow(sheet, column.field(), spec);
            CellLocation at = new CellLocation(sheet.getSheetName(), r, AnswerSheetLayout.FORM_VALUE_COLUMN,
                    valueLabel + " (" + column.label().in(language) + ")");
            read(sheet.getRow(r).getCell(AnswerSheetLayout.FORM_VALUE_COLUMN), column, at, values, cells);
        }
        return new SheetRecord(values, cells, cells.get(spec.columns().get(0).field()));
    }

    private static void read(Cell cell, AnswerSheetLayout.Column column, CellLocation at, Map<String, Object> values,
            Map<String, CellLocation> cells) {
        cells.put(column.field(), at);
        Object value = SheetCells.read(cell, column, at);
        if (value != null) {
            values.put(column.field(), value);
        }
    }

    private XSSFSheet sheet(AnswerSheetLayout.Sheet spec) {
        String name = spec.name().in(language);
        XSSFSheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new InvalidInputException(name, "sheet '" + name + "' is missing; the answer sheet needs every sheet it "
                    + "came with, even when a sheet stays empty");
        }
        return sheet;
    }

    private int find(Row header, String field, AnswerSheetLayout.Sheet spec) {
        if (header != null) {
            for (Cell cell : header) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(field)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw missing(spec, AnswerSheetLayout.FIELD_ROW, 0,
                "no column has field '" + field + "' in row " + (AnswerSheetLayout.FIELD_ROW + 1));
    }

    private int findRow(XSSFSheet sheet, String field, AnswerSheetLayout.Sheet spec) {
        for (Row row : sheet) {
            Cell cell = row.getCell(AnswerSheetLayout.FORM_FIELD_COLUMN);
            if (row.getRowNum() >= AnswerSheetLayout.FORM_FIRST_ROW && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().strip().equals(field)) {
                return row.getRowNum();
            }
        }
        throw missing(spec, AnswerSheetLayout.FORM_FIRST_ROW, AnswerSheetLayout.FORM_FIELD_COLUMN,
                "no row has field '" + field + "' in column " + AnswerSheetLayout.FORM_FIELD.in(language));
    }

    private InvalidInputException missing(AnswerSheetLayout.Sheet spec, int row, int column, String problem) {
        CellLocation at = new CellLocation(spec.name().in(language), row, column, "");
        return new InvalidInputException(at.reference(), "sheet '" + at.sheet() + "': " + problem
                + "; keep the header as it came with the answer sheet");
    }
}
