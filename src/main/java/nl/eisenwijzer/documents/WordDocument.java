package nl.eisenwijzer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.documents.Blocks.Column;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The XWPF plumbing behind the Word documents: an A4 document with real heading, TOC and footer styles (from
 * {@code documents/pve-styles.xml}), a table of contents field, tables whose header row repeats on every
 * page, and a footer with page numbers. {@link PveDocx} and {@link GapDocx} decide what goes in; this class
 * only how.
 */
final class WordDocument {

    /** Width of the text between the margins, in twentieths of a point: A4 (11906) less 2.5 cm either side. */
    private static final int TEXT_WIDTH = 9070;

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1418;
    private static final int FOOTER_DISTANCE = 567;
    private static final String HEADER_FILL = "154273";
    private static final String BORDER_COLOUR = "A6A6A6";
    /** Grey for what a reader can skip past: ids before a title, the rule behind a reason. */
    private static final String MUTED = "595959";
    private static final Text CONTENTS = Text.of("Inhoud", "Contents");
    private static final Text PAGE = Text.of("Pagina", "Page");
    private static final Text OF = Text.of("van", "of");

    private final XWPFDocument document = new XWPFDocument();
    private final Language language;
    private final List<Heading> headings = new ArrayList<>();
    private XWPFParagraph tocStart;
    private int tocLevels;

    /** A heading as the table of contents lists it. */
    private record Heading(int level, String text) {
    }

    WordDocument(Language language) {
        this.language = language;
        document.createStyles().setStyles(styles());
        document.getStyles().setSpellingLanguage(language == Language.EN ? "en-GB" : "nl-NL");
        // Word then refreshes the table of contents and page numbers when the document is opened.
        document.enforceUpdateFields();
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
    }

    private static CTStyles styles() {
        try (InputStream in = WordDocument.class.getResourceAsStream("/documents/pve-styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("documents/pve-styles.xml is missing from the class path");
            }
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("documents/pve-styles.xml is not a valid styles part", e);
        }
    }

    /** A body paragraph in the given style (a style id from the styles part). */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = paragraph(style);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /** A bold term followed by its text on one line: "Term: text". */
    XWPFParagraph term(String style, String term, String text) {
        XWPFParagraph paragraph = paragraph(style);
        bold(paragraph, term + ": ");
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /** A heading (level 1 to 4) in its Word heading style, on a new page or not; returned for a mark after the text. */
    XWPFParagraph heading(int level, String text, boolean newPage) {
        XWPFParagraph paragraph = paragraph("Heading" + level, text);
        paragraph.setPageBreak(newPage);
        headings.add(new Heading(level, text));
        return paragraph;
    }

    /**
     * A table of contents on a new page over heading levels 1 to {@code levels}: a TOC field whose cached
     * result lists the headings (filled in when the document is written), so it reads well before Word or
     * LibreOffice updates it with page numbers.
     */
    void tableOfContents(int levels) {
        paragraph("TOCHeading", CONTENTS.in(language)).setPageBreak(true);
        tocLevels = levels;
        tocStart = paragraph("TOC1");
        fieldChar(tocStart, STFldCharType.BEGIN);
        instruction(tocStart, " TOC \\o \"1-" + levels + "\" \\h \\z \\u ");
        fieldChar(tocStart, STFldCharType.SEPARATE);
    }

    /** A table whose columns take their share of the text width, as the printed reports' tables do. */
    XWPFTable table(Column... columns) {
        int[] widths = new int[columns.length];
        List<String> header = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            widths[i] = TEXT_WIDTH * columns[i].percent() / 100;
            header.add(columns[i].label());
        }
        return table(widths, header);
    }

    /** A table of fixed column widths (twentieths of a point) with a header row that repeats on every page. */
    XWPFTable table(int[] widths, List<String> header) {
        XWPFTable table = document.createTable(1, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(line, 4, 0, BORDER_COLOUR);
        table.setBottomBorder(line, 4, 0, BORDER_COLOUR);
        table.setLeftBorder(line, 4, 0, BORDER_COLOUR);
        table.setRightBorder(line, 4, 0, BORDER_COLOUR);
        table.setInsideHBorder(line, 4, 0, BORDER_COLOUR);
        table.setInsideVBorder(line, 4, 0, BORDER_COLOUR);
        table.setCellMargins(40, 80, 40, 80);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < widths.length; i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setWidth(String.valueOf(widths[i]));
            cell.setColor(HEADER_FILL);
            cell(cell, "TableHeading").createRun().setText(header.get(i));
        }
        return table;
    }

    /**
     * Tightens a table of many narrow columns: smaller cell margins and header text, so that a header word such as
     * "onbeantwoord" fits its column instead of breaking inside the word.
     */
    static void narrow(XWPFTable table) {
        table.setCellMargins(40, 30, 40, 30);
        table.getRow(0).getTableCells().forEach(cell -> cell.getParagraphs()
                .forEach(paragraph -> paragraph.getRuns().forEach(run -> run.setFontSize(7))));
    }

    /** A paragraph in a table cell: the empty one a new cell starts with, then new ones. */
    static XWPFParagraph cell(XWPFTableCell cell, String style) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
        XWPFParagraph paragraph = paragraphs.size() == 1 && last.getRuns().isEmpty() && last.getStyle() == null
                ? last : cell.addParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    /** A plain paragraph of text in a table cell of the row. */
    static void text(XWPFTableRow row, int column, String text) {
        cell(row.getCell(column), "TableText").createRun().setText(text);
    }

    static XWPFRun bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(text);
        return run;
    }

    static XWPFRun muted(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setColor(MUTED);
        return run;
    }

    /** An explanation with the rule that gave it in grey after it, so a reader can trace it to the rule. */
    static void reason(XWPFParagraph paragraph, String explanation, String rule) {
        paragraph.createRun().setText(explanation + " ");
        muted(paragraph, "(" + rule + ")");
    }

    /**
     * A value shown as a coloured mark: bold text in {@code colour} on a {@code fill} background (both RGB hex),
     * the Word form of the printed reports' marks.
     */
    static XWPFRun mark(XWPFParagraph paragraph, String text, String fill, String colour) {
        XWPFRun run = bold(paragraph, "\u00a0" + text + "\u00a0");
        run.setColor(colour);
        CTShd shading = run.getCTR().getRPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(fill);
        return run;
    }

    /**
     * The footer on every page but the title page: {@code left}, then at the right margin "page X of Y"
     * as PAGE and NUMPAGES fields.
     */
    void footer(String left) {
        document.createFooter(HeaderFooterType.FIRST);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setStyle("Footer");
        paragraph.createRun().setText(left);
        XWPFRun tab = paragraph.createRun();
        tab.addTab();
        tab.setText(PAGE.in(language) + " ");
        field(paragraph, "PAGE", "1");
        paragraph.createRun().setText(" " + OF.in(language) + " ");
        field(paragraph, "NUMPAGES", "1");
    }

    /** Sets the document properties; the date is the input's own, so the same input gives the same document. */
    void properties(String title, String subject, LocalDate date) {
        OfficeFiles.properties(document, title, subject, date);
    }

    byte[] bytes() {
        finishTableOfContents();
        return OfficeFiles.bytes(document);
    }

    private void finishTableOfContents() {
        if (tocStart == null) {
            return;
        }
        List<Heading> entries = headings.stream().filter(h -> h.level() <= tocLevels).toList();
        XWPFParagraph current = tocStart;
        for (int i = 0; i < entries.size(); i++) {
            Heading heading = entries.get(i);
            XWPFParagraph entry = i == 0 ? tocStart : paragraphAfter(current);
            entry.setStyle("TOC" + heading.level());
            entry.createRun().setText(heading.text());
            current = entry;
        }
        fieldChar(current, STFldCharType.END);
    }

    private XWPFParagraph paragraphAfter(XWPFParagraph paragraph) {
        try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
            cursor.toNextSibling();
            return document.insertNewParagraph(cursor);
        }
    }

    private static void field(XWPFParagraph paragraph, String instruction, String cached) {
        fieldChar(paragraph, STFldCharType.BEGIN);
        instruction(paragraph, " " + instruction + " ");
        fieldChar(paragraph, STFldCharType.SEPARATE);
        paragraph.createRun().setText(cached);
        fieldChar(paragraph, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void instruction(XWPFParagraph paragraph, String text) {
        var instruction = paragraph.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(text);
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
