package nl.eisenwijzer.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Parses one answer-sheet cell by the kind of its column. Lenient where Excel is (a real date or ISO text, a
 * number typed as text, codes in any case), strict about meaning: every error names the cell and what it
 * should hold. Formulas count by their last computed value.
 */
final class SheetCells {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final List<String> YES_NO = List.of("yes", "no");

    private SheetCells() {
    }

    /** The cell's value as its column's kind says, or {@code null} for a blank cell. */
    static Object read(Cell cell, AnswerSheetLayout.Column column, CellLocation at) {
        CellType type = cell == null ? CellType.BLANK
                : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.ERROR) {
            throw at.error("the cell holds a formula error");
        }
        if (type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isBlank()) {
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> text(cell, type);
            case DATE -> date(cell, type, at);
            case YES_NO -> yesNo(cell, type, at);
            case WHOLE_NUMBER -> wholeNumber(cell, type, at);
            case CHOICE -> choice(code(cell, type, column, at), column, at);
            case CHOICES -> choices(code(cell, type, column, at), column, at);
        };
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> cell.getStringCellValue().strip();
        };
    }

    /**
     * The text of a cell that holds codes. A TRUE or FALSE cell (Excel makes one of a typed "true" or "waar") is
     * refused, not read as a code: a yes/no value is no answer code, and only the bidder can say what was meant.
     */
    private static String code(Cell cell, CellType type, AnswerSheetLayout.Column column, CellLocation at) {
        if (type == CellType.BOOLEAN) {
            throw at.notAllowed(cell.getBooleanCellValue() ? "TRUE" : "FALSE", column.choices(),
                    column.hint() == null ? null : column.hint().en());
        }
        return text(cell, type);
    }

    private static LocalDate date(Cell cell, CellType type, CellLocation at) {
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = text(cell, type);
        if (type == CellType.STRING) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // reported below, with what the cell should hold
            }
        }
        throw at.error("'" + text + "' is not a date; give a date or text in the form YYYY-MM-DD");
    }

    private static Boolean yesNo(Cell cell, CellType type, CellLocation at) {
        if (type == CellType.BOOLEAN) {
            return cell.getBooleanCellValue();
        }
        String text = text(cell, type);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw at.notAllowed(text, YES_NO, null);
        };
    }

    private static Long wholeNumber(Cell cell, CellType type, CellLocation at) {
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e18) {
                return (long) value;
            }
        }
        String text = text(cell, type);
        if (type == CellType.STRING && WHOLE.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        throw at.error("'" + text + "' is not a whole number");
    }

    /**
     * One of the column's codes, or one of its deprecated aliases, matched regardless of case and returned as
     * the catalogue spells it.
     */
    private static String choice(String text, AnswerSheetLayout.Column column, CellLocation at) {
        for (String choice : column.choices()) {
            if (choice.equalsIgnoreCase(text)) {
                return choice;
            }
        }
        for (String alias : column.aliases()) {
            if (alias.equalsIgnoreCase(text)) {
                return alias;
            }
        }
        throw at.notAllowed(text, column.choices(), column.hint() == null ? null : column.hint().en());
    }

    /** Codes separated by commas, semicolons or spaces; each one of the column's codes, each once. */
    private static List<String> choices(String text, AnswerSheetLayout.Column column, CellLocation at) {
        List<String> codes = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            if (!part.isEmpty()) {
                String code = choice(part, column, at);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return List.copyOf(codes);
    }
}
