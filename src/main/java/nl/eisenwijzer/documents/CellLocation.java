package nl.eisenwijzer.documents;

import java.util.List;
import nl.eisenwijzer.input.InvalidInputException;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a value sits in the answer sheet, for error messages a bidder can act on: the field is the cell
 * reference ({@code Eisen!I7}), the message names sheet, row and column as the bidder sees them.
 *
 * @param row the 0-based row index
 * @param column the 0-based column index
 * @param label the column's label in the sheet's language
 */
record CellLocation(String sheet, int row, int column, String label) {

    /** Allowed values are listed in a message up to this many; longer lists (countries) are described instead. */
    private static final int LISTED_VALUES = 40;

    String reference() {
        return new CellReference(sheet, row, column, false, false).formatAsString();
    }

    String describe() {
        return "sheet '" + sheet + "', row " + (row + 1) + ", column '" + label + "'";
    }

    InvalidInputException error(String problem) {
        return new InvalidInputException(reference(), describe() + ": " + problem);
    }

    InvalidInputException error(String problem, List<String> allowed) {
        return new InvalidInputException(reference(), describe() + ": " + problem, allowed);
    }

    /** A value outside a closed set; {@code description} says what is allowed when the set is too long to list. */
    InvalidInputException notAllowed(String value, List<String> allowed, String description) {
        String what = allowed.size() <= LISTED_VALUES || description == null
                ? "allowed values: " + String.join(", ", allowed) : description;
        return error("'" + value + "' is not allowed; " + what, allowed);
    }
}
