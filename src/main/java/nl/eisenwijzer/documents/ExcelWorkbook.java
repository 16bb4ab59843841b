package nl.eisenwijzer.documents;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XSSF plumbing behind the answer sheet: the cell styles (headers, locked PvE text, open answer cells),
 * drop-downs and input messages, sheet protection and hiding. {@link AnswerSheet} decides what goes where.
 */
final class ExcelWorkbook {

    /** Excel refuses an input or error message longer than this. */
    private static final int MESSAGE_LIMIT = 255;
    /** Excel refuses a message title longer than this. */
    private static final int TITLE_LIMIT = 32;
    /** Excel refuses an inline drop-down list longer than this, separators included. */
    static final int LIST_LIMIT = 255;
    /** Points per line of 11-point text. */
    private static final float LINE_HEIGHT = 15f;
    private static final byte[] HEADER_FILL = {0x15, 0x42, 0x73};
    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF8, (byte) 0xDC};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    final XSSFCellStyle header;
    final XSSFCellStyle field;
    final XSSFCellStyle title;
    final XSSFCellStyle bold;
    final XSSFCellStyle text;
    final XSSFCellStyle input;
    final XSSFCellStyle inputText;
    final XSSFCellStyle inputDate;

    ExcelWorkbook() {
        header = style(true, false);
        XSSFFont white = font(true, false, 11);
        white.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
        header.setFont(white);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        field = style(false, false);
        XSSFFont grey = font(false, true, 9);
        grey.setColor(new XSSFColor(new byte[] {0x59, 0x59, 0x59}));
        field.setFont(grey);
        title = style(false, false);
        title.setFont(font(true, false, 14));
        title.setWrapText(false);
        bold = style(false, false);
        bold.setFont(font(true, false, 11));
        bold.setWrapText(false);
        text = style(false, false);
        input = style(false, true);
        inputText = style(false, true);
        inputText.setDataFormat(workbook.createDataFormat().getFormat("@"));
        inputDate = style(false, true);
        inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    private XSSFCellStyle style(boolean bordered, boolean open) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setLocked(!open);
        if (bordered || open) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (open) {
            style.setFillForegroundColor(new XSSFColor(INPUT_FILL));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private XSSFFont font(boolean bold, boolean italic, int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    /** A new sheet that prints on A4 landscape, as wide as one page. */
    XSSFSheet sheet(String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    /** The text style for a cell the bidder fills in, by what it holds. */
    XSSFCellStyle inputStyle(AnswerSheetLayout.Kind kind) {
        return switch (kind) {
            case DATE -> inputDate;
            case TEXT, CHOICE, CHOICES -> inputText;
            case YES_NO, WHOLE_NUMBER -> input;
        };
    }

    static XSSFCell cell(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        XSSFCell cell = r.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** The first row of a sheet: the labels in the header style; and the column widths, in characters. */
    void headerRow(XSSFSheet sheet, List<String> labels, List<Integer> widths) {
        for (int column = 0; column < labels.size(); column++) {
            cell(sheet, 0, column, labels.get(column), header);
            sheet.setColumnWidth(column, widths.get(column) * 256);
        }
    }

    /** Rows of plain text from row {@code first} on, one list of cells per row. */
    void textRows(XSSFSheet sheet, int first, List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (int column = 0; column < rows.get(i).size(); column++) {
                cell(sheet, first + i, column, rows.get(i).get(column), text);
            }
        }
    }

    /** A drop-down of fixed values with an input message; any other value is refused with {@code error}. */
    void dropDown(XSSFSheet sheet, CellRangeAddressList cells, List<String> values, String title, String prompt,
            String error) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)), cells);
        // XSSF inverts this flag: true shows the arrow.
        validation.setSuppressDropDownArrow(true);
        add(sheet, validation, title, prompt, error);
    }

    /** Whole numbers of 0 or more; anything else is refused with {@code error}. */
    void wholeNumber(XSSFSheet sheet, CellRangeAddressList cells, String title, String prompt, String error) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, helper.createValidation(helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), cells), title, prompt, error);
    }

    /** Only an input message: the value is free here and checked on import. */
    void prompt(XSSFSheet sheet, CellRangeAddressList cells, String title, String prompt) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        // The helper has no constraint for "any value"; the constraint itself does.
        add(sheet, helper.createValidation(new XSSFDataValidationConstraint(DataValidationConstraint.ValidationType.ANY,
                DataValidationConstraint.OperatorType.IGNORED, null, null), cells), title, prompt, null);
    }

    private static void add(XSSFSheet sheet, DataValidation validation, String title, String prompt, String error) {
        validation.setEmptyCellAllowed(true);
        if (prompt != null) {
            validation.createPromptBox(limit(title, TITLE_LIMIT), limit(prompt, MESSAGE_LIMIT));
            validation.setShowPromptBox(true);
        }
        if (error != null) {
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(limit(title, TITLE_LIMIT), limit(error, MESSAGE_LIMIT));
        }
        validation.setShowErrorBox(error != null);
        sheet.addValidationData(validation);
    }

    private static String limit(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }

    /** The rows {@code from} to {@code to} (inclusive) of one column. */
    static CellRangeAddressList columnRange(int from, int to, int column) {
        return new CellRangeAddressList(from, Math.min(to, SpreadsheetVersion.EXCEL2007.getLastRowIndex()), column, column);
    }

    /**
     * Protects a sheet without a password: it guards the PvE's text against slips, not against a bidder who
     * means to change it (the import checks the requirement ids against the hidden metadata instead). Column
     * widths, row heights and the filter stay free.
     */
    static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    void veryHidden(XSSFSheet sheet) {
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    void properties(String title, String subject, LocalDate date) {
        OfficeFiles.properties(workbook, title, subject, date);
    }

    /**
     * Gives every row the height its longest wrapped text needs, estimated from the column width: Excel and
     * LibreOffice show a row of wrapped text at one line unless the file says otherwise.
     */
    private void fitRowHeights() {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                int lines = 1;
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                        int perLine = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256);
                        lines = Math.max(lines, (cell.getStringCellValue().length() + perLine - 1) / perLine);
                    }
                }
                row.setHeightInPoints(lines * LINE_HEIGHT + 2);
            }
        }
    }

    byte[] bytes() {
        fitRowHeights();
        return OfficeFiles.bytes(workbook);
    }
}
