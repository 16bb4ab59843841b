package nl.eisenwijzer.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One record read from the answer sheet (a table row, or a whole form sheet): its values parsed by column
 * kind, and where each came from, so errors found later can still name the cell.
 *
 * @param values parsed values by dossier field; a blank cell has no entry
 * @param cells the cell of every field read, blank or not
 * @param start the record's first cell, for errors about the record as a whole
 */
record SheetRecord(Map<String, Object> values, Map<String, CellLocation> cells, CellLocation start) {

    boolean isBlank() {
        return values.isEmpty();
    }

    String text(String field) {
        return (String) values.get(field);
    }

    LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    Boolean yesNo(String field) {
        return (Boolean) values.get(field);
    }

    Long number(String field) {
        return (Long) values.get(field);
    }

    /** A whole number that must fit an int (a count of users). */
    Integer count(String field) {
        Long value = number(field);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw cell(field).error("'" + value + "' is too large");
        }
        return value == null ? null : value.intValue();
    }

    @SuppressWarnings("unchecked")
    List<String> list(String field) {
        return (List<String>) values.getOrDefault(field, List.of());
    }

    CellLocation cell(String field) {
        return cells.get(field);
    }
}
