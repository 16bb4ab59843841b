package nl.eisenwijzer.documents;

import java.util.List;
import java.util.Locale;
import nl.eisenwijzer.pve.Pve;

/** The pieces the printed reports are built from: tables, reason lists and coloured marks. */
final class Blocks {

    /** A table column: its header and its share of the page width. */
    record Column(String label, int percent) {
    }

    private Blocks() {
    }

    /** Opens a table with a header row that repeats on every page; write rows, then {@link #endTable}. */
    static void startTable(Xhtml x, String cssClass, Column... columns) {
        x.open("table", "class", cssClass).open("thead").open("tr");
        for (Column column : columns) {
            x.element("th", column.label(), "style", "width: " + column.percent() + "%");
        }
        x.close().close().open("tbody");
    }

    static void endTable(Xhtml x) {
        x.close().close();
    }

    /** A row of plain text cells. */
    static void row(Xhtml x, String... cells) {
        x.open("tr");
        for (String cell : cells) {
            x.element("td", cell);
        }
        x.close();
    }

    /** Each reason's explanation with the rule that gave it, so a reader can trace every line to a rule. */
    static void reasons(Xhtml x, List<Pve.Reason> reasons) {
        reasons(x, reasons, "reasons");
    }

    /** The reasons as a list of the given class ("reasons" and what else sets it apart). */
    static void reasons(Xhtml x, List<Pve.Reason> reasons, String cssClass) {
        if (reasons.isEmpty()) {
            return;
        }
        x.open("ul", "class", cssClass);
        reasons.forEach(reason -> x.open("li").text(reason.explanation() + " ").element("span", "(" + reason.rule() + ")", "class", "rule")
                .close());
        x.close();
    }

    /** One explanation with its rule, for results that carry them as two fields rather than as a reason. */
    static void reason(Xhtml x, String rule, String explanation) {
        reasons(x, List.of(new Pve.Reason(rule, explanation)));
    }

    /**
     * A coloured mark for a value of {@code kind} (status, verdict, outcome …): the CSS class names the value,
     * the style sheet gives it its colour.
     */
    static void mark(Xhtml x, String kind, Enum<?> value, String text) {
        x.element("span", text, "class", "mark " + kind + " " + kind + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A mark whose colour does not depend on a value. */
    static void mark(Xhtml x, String kind, String text) {
        x.element("span", text, "class", "mark " + kind);
    }

    /** A requirement id with its title, the way every table starts its rows. */
    static void requirementCell(Xhtml x, String id, String title) {
        x.open("td").element("strong", id, "class", "id").text(" " + title).close();
    }
}
