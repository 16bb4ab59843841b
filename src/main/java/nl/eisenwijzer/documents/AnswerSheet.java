package nl.eisenwijzer.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.Answer;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.LineFacts;
import nl.eisenwijzer.report.PveChapters;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The PvE as an Excel answer sheet for bidders. The requirements sheet has one row per PvE line: the PvE's
 * columns are locked, the answer, explanation and evidence columns are open (the sheet is protected without a
 * password, see {@link ExcelWorkbook#protect}). Further sheets take the rest of a supplier dossier in its own
 * shape (bidder, certificates, reports, documents, insurance, references, ownership and chain), a reference
 * sheet lists the codes, and a very hidden sheet holds the PvE's fingerprint, catalogue version and line ids
 * for {@link AnswerSheetReader}. Labels are in the PvE's language; field names and codes are the dossier's.
 */
public final class AnswerSheet {

    private static final Text INSTRUCTIONS = Text.of("Instructie", "Instructions");
    private static final Text CODES = Text.of("Codes", "Codes");
    private static final Text SHEET_TITLE = Text.of("Antwoordblad bij het Programma van Eisen",
            "Answer sheet for the requirements programme");
    private static final Text HOW_TO = Text.of("Zo vult u dit antwoordblad in", "How to fill in this answer sheet");
    private static final Text LIST = Text.of("Lijst", "List");
    private static final Text EVIDENCE = Text.of("Bewijs", "Evidence");
    private static final Text PRODUCT_TYPE = Text.of("Producttype", "Product type");
    private static final Text ACCESS = Text.of("Toegang", "Access");
    private static final Text CHOOSE_ONE = Text.of("Kies een van: ", "Choose one of: ");
    private static final Text WHOLE_NUMBER = Text.of("Een heel getal, 0 of meer.", "A whole number, 0 or more.");
    private static final Text SEPARATED = Text.of("Codes gescheiden door komma's; zie blad '",
            "Codes separated by commas; see sheet '");

    private final Catalog catalog;
    private final AnswerSheetLayout layout;

    public AnswerSheet(Catalog catalog) {
        this.catalog = catalog;
        this.layout = new AnswerSheetLayout(catalog);
    }

    public byte[] write(Pve pve) {
        PveTerms terms = new PveTerms(catalog, pve.language());
        ExcelWorkbook excel = new ExcelWorkbook();
        excel.properties(terms.in(SHEET_TITLE) + ": " + pve.title(), pve.fingerprint(), pve.profile().referenceDate());
        instructions(excel, pve, terms);
        requirements(excel, pve, terms);
        for (AnswerSheetLayout.Sheet sheet : layout.dossier()) {
            if (sheet.form()) {
                form(excel, sheet, terms);
            } else {
                table(excel, sheet, terms);
            }
        }
        codes(excel, terms);
        AnswerSheetMetadata.write(excel, pve);
        return excel.bytes();
    }

    private void instructions(ExcelWorkbook excel, Pve pve, PveTerms terms) {
        XSSFSheet sheet = excel.sheet(terms.in(INSTRUCTIONS));
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        wide(sheet, 0, terms.in(SHEET_TITLE), excel.title);
        wide(sheet, 1, pve.title(), excel.bold);
        int row = 3;
        if (pve.profile().organisation() != null) {
            detail(excel, sheet, row++, terms.in(PveTerms.BUYER), pve.profile().organisation());
        }
        detail(excel, sheet, row++, terms.in(PveTerms.REFERENCE_DATE), pve.profile().referenceDate().toString());
        detail(excel, sheet, row++, terms.in(PveTerms.CATALOGUE), pve.catalogVersion());
        detail(excel, sheet, row++, terms.in(PveTerms.FINGERPRINT), pve.fingerprint());
        wide(sheet, ++row, terms.in(HOW_TO), excel.bold);
        AnswerSheetLayout.Sheet requirements = layout.requirements();
        String sheetName = terms.in(requirements.name());
        String answer = terms.in(requirements.column("answer").label());
        String explanation = terms.in(requirements.column("explanation").label());
        String evidence = terms.in(requirements.column("evidence").label());
        String codes = terms.in(CODES);
        String kind = terms.in(requirements.column("kind").label());
        List<Text> steps = List.of(
                Text.of("Beantwoord op blad '" + sheetName + "' elke regel: kies in de kolom '" + answer + "' een antwoord, "
                                + "licht het toe in '" + explanation + "' en noem in '" + evidence + "' de codes van het "
                                + "bewijs waarop u steunt (gescheiden door komma's; alle codes staan op blad '" + codes + "').",
                        "On sheet '" + sheetName + "', answer every line: choose an answer in the column '" + answer + "', "
                                + "explain it in '" + explanation + "' and give in '" + evidence + "' the codes of the "
                                + "evidence you rely on (separated by commas; sheet '" + codes + "' lists every code)."),
                Text.of("De kolom '" + kind + "' zegt wat een regel is. Een eis of geschiktheidseis is knock-out: voldoet u "
                                + "er niet aan, dan wordt de inschrijving uitgesloten. Een wens telt mee naar het gewicht dat erbij "
                                + "staat. Een contractvoorwaarde aanvaardt u door in te schrijven; na gunning toont u haar aan met "
                                + "het bewijs dat de regel noemt. Antwoordt u bij een contractvoorwaarde '" + Answer.DOES_NOT_COMPLY.wire()
                                + "', dan is dat een voorbehoud dat de inschrijving ongeldig maakt.",
                        "The column '" + kind + "' says what a line is. A requirement or suitability requirement is a knock-out: "
                                + "if you do not meet it, the bid is set aside. A wish counts by the weight stated with it. You "
                                + "accept a contract condition by bidding; after award you show it with the evidence the line "
                                + "names. Answering '" + Answer.DOES_NOT_COMPLY.wire() + "' to a contract condition is a reservation "
                                + "that makes the bid invalid."),
                Text.of("Alleen de gele cellen zijn in te vullen. Een regel zonder antwoord telt als niet beantwoord.",
                        "Only the yellow cells are yours to fill in. A line without an answer counts as not answered."),
                Text.of("Vul op de volgende bladen uw gegevens en bewijs in, één regel per certificaat, rapport, document, "
                                + "referentie of partij. De tweede kopregel noemt het veld; laat beide kopregels staan.",
                        "Enter your details and evidence on the following sheets, one row per certificate, report, "
                                + "document, reference or party. The second header row names the field; leave both header "
                                + "rows as they are."),
                Text.of("Datums als datum of als tekst JJJJ-MM-DD, ja/nee als yes of no, bedragen in hele euro's.",
                        "Dates as dates or as text YYYY-MM-DD, yes/no as yes or no, amounts in whole euros."),
                Text.of("Het antwoordblad hoort bij het programma met de vingerafdruk hierboven; een verborgen blad legt dat "
                                + "vast. Lever het in als .xlsx.",
                        "This answer sheet belongs to the programme with the fingerprint above; a hidden sheet records "
                                + "that. Hand it in as .xlsx."));
        for (int i = 0; i < steps.size(); i++) {
            detail(excel, sheet, ++row, String.valueOf(i + 1), terms.in(steps.get(i)));
        }
        row++;
        for (Answer value : Answer.values()) {
            detail(excel, sheet, ++row, value.wire(), terms.meaning(value));
        }
        ExcelWorkbook.protect(sheet);
    }

    /** A line across both columns of the instructions. */
    private static void wide(XSSFSheet sheet, int row, String text, XSSFCellStyle style) {
        ExcelWorkbook.cell(sheet, row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 1));
    }

    private static void detail(ExcelWorkbook excel, XSSFSheet sheet, int row, String label, String value) {
        ExcelWorkbook.cell(sheet, row, 0, label, excel.bold);
        ExcelWorkbook.cell(sheet, row, 1, value, excel.text);
    }

    private void requirements(ExcelWorkbook excel, Pve pve, PveTerms terms) {
        AnswerSheetLayout.Sheet spec = layout.requirements();
        XSSFSheet sheet = excel.sheet(terms.in(spec.name()));
        headers(excel, sheet, spec, terms);
        PveChapters chapters = PveChapters.of(pve);
        List<PveChapters.NumberedLine> lines = chapters.lines();
        Map<List<String>, List<Integer>> rowsByEvidence = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Pve.Line line = lines.get(i).line();
            int row = AnswerSheetLayout.FIRST_ROW + i;
            Map<String, String> values = Map.of("nr", lines.get(i).number(), "requirement", line.id(),
                    "domain", terms.domain(line.domain()), "kind", terms.kind(line.kind(), line.weight()),
                    "title", line.title(), "text", LineFacts.fullText(pve, chapters, line), "satisfies", String.join(", ", line.satisfies()),
                    "evidenceAsked", String.join(", ", line.evidence()));
            for (int column = 0; column < spec.columns().size(); column++) {
                AnswerSheetLayout.Column c = spec.columns().get(column);
                ExcelWorkbook.cell(sheet, row, column, c.input() ? null : values.get(c.field()),
                        c.input() ? excel.inputStyle(c.kind()) : excel.text);
            }
            rowsByEvidence.computeIfAbsent(line.evidence(), k -> new ArrayList<>()).add(row);
        }
        int last = AnswerSheetLayout.FIRST_ROW + lines.size() - 1;
        AnswerSheetLayout.Column answer = spec.column("answer");
        int answerColumn = spec.columns().indexOf(answer);
        StringBuilder meanings = new StringBuilder();
        for (Answer a : Answer.values()) {
            meanings.append(a.wire()).append(": ").append(terms.meaning(a)).append(". ");
        }
        excel.dropDown(sheet, ExcelWorkbook.columnRange(AnswerSheetLayout.FIRST_ROW, last, answerColumn), answer.choices(),
                terms.in(answer.label()), meanings.toString().strip(),
                terms.in(CHOOSE_ONE) + String.join(", ", answer.choices()));
        AnswerSheetLayout.Column evidence = spec.column("evidence");
        int evidenceColumn = spec.columns().indexOf(evidence);
        // One input message per set of evidence asked, naming the codes the line expects.
        for (Map.Entry<List<String>, List<Integer>> group : rowsByEvidence.entrySet()) {
            CellRangeAddressList cells = new CellRangeAddressList();
            group.getValue().forEach(row -> cells.addCellRangeAddress(row, evidenceColumn, row, evidenceColumn));
            String asked = group.getKey().isEmpty() ? "" : " " + terms.in(spec.column("evidenceAsked").label()) + ": "
                    + String.join(", ", group.getKey()) + ".";
            excel.prompt(sheet, cells, terms.in(evidence.label()), terms.in(SEPARATED) + terms.in(CODES) + "'." + asked);
        }
        sheet.setAutoFilter(new CellRangeAddress(AnswerSheetLayout.FIELD_ROW, last, 0, spec.columns().size() - 1));
        sheet.createFreezePane(2, AnswerSheetLayout.FIRST_ROW);
        ExcelWorkbook.protect(sheet);
    }

    private void table(ExcelWorkbook excel, AnswerSheetLayout.Sheet spec, PveTerms terms) {
        XSSFSheet sheet = excel.sheet(terms.in(spec.name()));
        headers(excel, sheet, spec, terms);
        sheet.createFreezePane(0, AnswerSheetLayout.FIRST_ROW);
        int last = AnswerSheetLayout.FIRST_ROW + AnswerSheetLayout.PREPARED_ROWS - 1;
        for (int column = 0; column < spec.columns().size(); column++) {
            AnswerSheetLayout.Column c = spec.columns().get(column);
            sheet.setDefaultColumnStyle(column, excel.inputStyle(c.kind()));
            validation(excel, sheet, c, ExcelWorkbook.columnRange(AnswerSheetLayout.FIRST_ROW, last, column), terms);
        }
    }

    private void form(ExcelWorkbook excel, AnswerSheetLayout.Sheet spec, PveTerms terms) {
        XSSFSheet sheet = excel.sheet(terms.in(spec.name()));
        excel.headerRow(sheet, Stream.of(AnswerSheetLayout.FORM_LABEL, AnswerSheetLayout.FORM_FIELD,
                AnswerSheetLayout.FORM_VALUE).map(terms::in).toList(), List.of(34, 14, 40));
        for (int i = 0; i < spec.columns().size(); i++) {
            AnswerSheetLayout.Column c = spec.columns().get(i);
            int row = AnswerSheetLayout.FORM_FIRST_ROW + i;
            ExcelWorkbook.cell(sheet, row, 0, terms.in(c.label()), excel.bold);
            ExcelWorkbook.cell(sheet, row, AnswerSheetLayout.FORM_FIELD_COLUMN, c.field(), excel.field);
            ExcelWorkbook.cell(sheet, row, AnswerSheetLayout.FORM_VALUE_COLUMN, (String) null, excel.inputStyle(c.kind()));
            validation(excel, sheet, c, ExcelWorkbook.columnRange(row, row, AnswerSheetLayout.FORM_VALUE_COLUMN), terms);
        }
    }

    private static void headers(ExcelWorkbook excel, XSSFSheet sheet, AnswerSheetLayout.Sheet spec, PveTerms terms) {
        sheet.setRepeatingRows(new CellRangeAddress(AnswerSheetLayout.LABEL_ROW, AnswerSheetLayout.FIELD_ROW, -1, -1));
        excel.headerRow(sheet, spec.columns().stream().map(c -> terms.in(c.label())).toList(),
                spec.columns().stream().map(AnswerSheetLayout.Column::width).toList());
        for (int column = 0; column < spec.columns().size(); column++) {
            ExcelWorkbook.cell(sheet, AnswerSheetLayout.FIELD_ROW, column, spec.columns().get(column).field(), excel.field);
        }
    }

    /** The drop-down, number rule or input message that helps the bidder fill in a dossier column. */
    private static void validation(ExcelWorkbook excel, XSSFSheet sheet, AnswerSheetLayout.Column column,
            CellRangeAddressList cells, PveTerms terms) {
        String title = terms.in(column.label());
        String hint = column.hint() == null ? null : terms.in(column.hint());
        String choices = String.join(",", column.choices());
        switch (column.kind()) {
            case CHOICE, YES_NO -> {
                if (choices.length() <= ExcelWorkbook.LIST_LIMIT) {
                    excel.dropDown(sheet, cells, column.choices(), title, hint,
                            terms.in(CHOOSE_ONE) + String.join(", ", column.choices()));
                } else {
                    excel.prompt(sheet, cells, title, hint);
                }
            }
            case CHOICES -> excel.prompt(sheet, cells, title,
                    (hint == null ? "" : hint + " ") + terms.in(SEPARATED) + terms.in(CODES) + "'.");
            case WHOLE_NUMBER -> excel.wholeNumber(sheet, cells, title, hint, terms.in(WHOLE_NUMBER));
            case DATE, TEXT -> {
                if (hint != null) {
                    excel.prompt(sheet, cells, title, hint);
                }
            }
        }
    }

    /** Every code a bidder may type: answers, evidence types, product types, kinds of access. */
    private void codes(ExcelWorkbook excel, PveTerms terms) {
        XSSFSheet sheet = excel.sheet(terms.in(CODES));
        excel.headerRow(sheet, Stream.of(LIST, PveTerms.CODE, PveTerms.DESCRIPTION).map(terms::in).toList(),
                List.of(26, 26, 70));
        List<List<String>> rows = new ArrayList<>();
        for (Answer answer : Answer.values()) {
            rows.add(List.of(terms.in(layout.requirements().column("answer").label()), answer.wire(), terms.meaning(answer)));
        }
        for (EvidenceType type : catalog.evidenceTypes()) {
            rows.add(List.of(terms.in(EVIDENCE) + " (" + terms.kind(type.kind()) + ")", type.id(),
                    type.label().in(terms.language())));
        }
        for (ProductType type : catalog.productTypes()) {
            rows.add(List.of(terms.in(PRODUCT_TYPE), type.id(), type.label().in(terms.language())));
        }
        for (ChainAccess access : ChainAccess.values()) {
            rows.add(List.of(terms.in(ACCESS), access.wire(), terms.in(access(access))));
        }
        excel.textRows(sheet, 1, rows);
        sheet.createFreezePane(0, 1);
        ExcelWorkbook.protect(sheet);
    }

    private static Text access(ChainAccess access) {
        return switch (access) {
            case NONE -> Text.of("geen toegang; alleen voor de volledigheid genoemd", "no access; listed for completeness");
            case DELIVERY -> Text.of("levert producten of onderdelen", "delivers products or parts");
            case ON_SITE -> Text.of("werkt op locatie bij de opdrachtgever", "works on the buyer's premises");
            case SENSITIVE_LOCATION -> Text.of("komt op gevoelige locaties", "enters sensitive locations");
            case DATA_ACCESS -> Text.of("heeft toegang tot gegevens van de opdrachtgever", "has access to the buyer's data");
            case SOFTWARE_UPDATES -> Text.of("levert software-updates", "supplies software updates");
            case PRIVILEGED_ACCESS -> Text.of("heeft beheerrechten (geprivilegieerde toegang)", "has privileged access");
            case REMOTE_ADMINISTRATION -> Text.of("beheert op afstand", "administers remotely");
        };
    }
}
