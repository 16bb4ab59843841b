package nl.eisenwijzer.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.pve.Pve;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the very hidden sheet of an answer sheet records about its PvE: key-value rows (format, version,
 * language, title, fingerprint, catalogue version), then a row per PvE line with its id and the catalogue
 * requirements it answers. The import reads it first: without it, a workbook is not an answer sheet. Title,
 * fingerprint and catalogue version are there for people and tools that trace a sheet back to its PvE; the
 * import needs the language (for sheet and column names) and the lines.
 *
 * @param lines the PvE line ids, in PvE order
 * @param requirements every requirement id the PvE answers (line ids and those merged into them)
 */
record AnswerSheetMetadata(Language language, List<String> lines, Set<String> requirements) {

    private static final String FORMAT_KEY = "format";
    private static final String VERSION_KEY = "version";
    private static final String LANGUAGE_KEY = "language";
    private static final String TITLE_KEY = "title";
    private static final String FINGERPRINT_KEY = "fingerprint";
    private static final String CATALOGUE_KEY = "catalogVersion";
    private static final String LINE_KEY = "line";

    static void write(ExcelWorkbook excel, Pve pve) {
        XSSFSheet sheet = excel.sheet(AnswerSheetLayout.METADATA_SHEET);
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of(FORMAT_KEY, AnswerSheetLayout.FORMAT),
                List.of(VERSION_KEY, AnswerSheetLayout.FORMAT_VERSION),
                List.of(LANGUAGE_KEY, pve.language().wire()),
                List.of(TITLE_KEY, pve.title()),
                List.of(FINGERPRINT_KEY, pve.fingerprint()),
                List.of(CATALOGUE_KEY, pve.catalogVersion())));
        for (Pve.Line line : pve.requirements()) {
            rows.add(List.of(LINE_KEY, line.id(), String.join(" ", line.satisfies())));
        }
        excel.textRows(sheet, 0, rows);
        ExcelWorkbook.protect(sheet);
        excel.veryHidden(sheet);
    }

    static AnswerSheetMetadata read(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.getSheet(AnswerSheetLayout.METADATA_SHEET);
        if (sheet == null) {
            throw new InvalidInputException("", "not an Eisenwijzer answer sheet: the workbook has no (hidden) sheet '"
                    + AnswerSheetLayout.METADATA_SHEET + "' that ties an answer sheet to its PvE; fill in the answer "
                    + "sheet Eisenwijzer made for this PvE");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        Set<String> requirements = new LinkedHashSet<>();
        for (Row row : sheet) {
            String key = text(row.getCell(0));
            if (LINE_KEY.equals(key)) {
                lines.add(text(row.getCell(1)));
                requirements.add(text(row.getCell(1)));
                requirements.addAll(List.of(text(row.getCell(2)).split(" ")));
            } else {
                values.put(key, text(row.getCell(1)));
            }
        }
        if (!AnswerSheetLayout.FORMAT.equals(values.get(FORMAT_KEY))) {
            throw new InvalidInputException(AnswerSheetLayout.METADATA_SHEET + "!A1", "not an Eisenwijzer answer sheet: "
                    + "sheet '" + AnswerSheetLayout.METADATA_SHEET + "' does not say format '" + AnswerSheetLayout.FORMAT + "'");
        }
        if (!AnswerSheetLayout.FORMAT_VERSION.equals(values.get(VERSION_KEY))) {
            throw new InvalidInputException(AnswerSheetLayout.METADATA_SHEET + "!B2", "answer sheet format version '"
                    + values.get(VERSION_KEY) + "' cannot be read; this Eisenwijzer reads version "
                    + AnswerSheetLayout.FORMAT_VERSION);
        }
        Language language = WireEnum.parse(Language.class, AnswerSheetLayout.METADATA_SHEET + "!B3", values.get(LANGUAGE_KEY));
        if (lines.isEmpty() || lines.contains("")) {
            throw new InvalidInputException(AnswerSheetLayout.METADATA_SHEET, "sheet '" + AnswerSheetLayout.METADATA_SHEET
                    + "' lists no PvE lines; the answer sheet is damaged");
        }
        requirements.remove("");
        return new AnswerSheetMetadata(language, List.copyOf(lines), Set.copyOf(requirements));
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
    }
}
