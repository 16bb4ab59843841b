package nl.eisenwijzer.api;

import java.util.List;
import java.util.regex.Pattern;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * Which page of a list the client asked for: {@code page} from 1 to the last page, {@code pageSize} from 1 to
 * {@value #MAX_SIZE}. Both are whole numbers as written, so {@code 1.5}, {@code -1} or {@code 1e2} are refused
 * rather than rounded into a page nobody asked for; a parameter left out or left blank takes its default. A page
 * past the end is refused too, naming the last page, rather than answered with an empty page: a client gets
 * there only by counting pages itself from an older total (the links say where the last page is), and an empty
 * 200 would hide that its count is off.
 */
record Paging(int page, int pageSize, int totalItems) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

    /**
     * @param totalItems how many items the list has; an empty list has one page, which is empty, so that the
     *     first page always exists
     */
    static Paging of(String page, String pageSize, int totalItems) {
        int size = number("pageSize", pageSize, DEFAULT_SIZE, MAX_SIZE, "");
        int last = pages(totalItems, size);
        int number = number("page", page, 1, last, " (" + last + " is the last page at pageSize " + size + ")");
        return new Paging(number, size, totalItems);
    }

    int totalPages() {
        return pages(totalItems, pageSize);
    }

    private static int pages(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    boolean hasPrevious() {
        return page > 1;
    }

    boolean hasNext() {
        return page < totalPages();
    }

    <T> List<T> slice(List<T> items) {
        int from = (page - 1) * pageSize;
        return items.subList(Math.min(from, items.size()), Math.min(from + pageSize, items.size()));
    }

    private static int number(String field, String given, int fallback, int max, String maxMeans) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        String range = "1.." + max;
        if (!WHOLE_NUMBER.matcher(given).matches()) {
            throw new InvalidInputException(field, "field '" + field + "': '" + given + "' is not a whole number; "
                    + "allowed values: " + range + maxMeans, List.of(range));
        }
        String digits = given.replaceFirst("^0+(?=.)", "");
        // More digits than an int holds is past any maximum; say so rather than overflow.
        long value = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < 1 || value > max) {
            throw new InvalidInputException(field, "field '" + field + "': " + digits + " is out of range; allowed values: "
                    + range + maxMeans, List.of(range));
        }
        return (int) value;
    }
}
