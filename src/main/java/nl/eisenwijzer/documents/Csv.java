package nl.eisenwijzer.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Labels;
import nl.eisenwijzer.report.PveChapters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The PvE and the gap matrix as CSV for spreadsheets: RFC 4180 (comma, CRLF, quoted where needed), as a String
 * the caller writes as UTF-8. The first row is the header in the report's language; the column order is fixed
 * as documented per method, so a sheet built on it keeps working. Values are the words of the other documents
 * (kind, status and verdict as in the Markdown and PDF); ids stay as they are. Every row ends with the
 * catalogue version and the fingerprint, as every other document carries them: a sheet filtered or pasted
 * elsewhere still says which PvE or report it came from.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /** Several reasons in one cell, one per line: spreadsheets show a quoted line break inside the cell. */
    private static final String REASON_SEPARATOR = "\n";

    private static final Text NR = Text.of("Nr", "No");
    private static final Text ID = Text.of("Id", "Id");
    private static final Text DOMAIN = Text.of("Domein", "Domain");
    private static final Text TEXT = Text.of("Tekst", "Text");
    private static final Text STATUS = Text.of("Status", "Status");

    private Csv() {
    }

    /**
     * One row per PvE line, numbered as in the printed PvE. Columns: nr, id, domain (the catalogue's domain id),
     * kind (eis, wens, contractvoorwaarde, geschiktheidseis), weight (a wish's weight; empty otherwise), title,
     * text, sub-points (their ids, comma-separated), satisfies (every catalogue requirement the line answers,
     * comma-separated), evidence (evidence type ids, separated by "; "), legal basis ("; "), annex (the ids of the
     * requirements in a declaration line's annex, comma-separated), tailored (what the buyer changed, one per
     * line in the cell).
     */
    public static String pve(Pve pve) {
        Language lang = pve.language();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(NR.in(lang), ID.in(lang), DOMAIN.in(lang), Labels.KIND.in(lang), Labels.WEIGHT.in(lang),
                Labels.TITLE.in(lang), TEXT.in(lang), Labels.ITEMS.in(lang), Labels.SATISFIES.in(lang),
                Labels.EVIDENCE.in(lang), Labels.LEGAL_BASIS.in(lang), Labels.ANNEX.in(lang), Labels.TAILORED.in(lang)));
        for (PveChapters.NumberedLine numbered : PveChapters.of(pve).lines()) {
            Pve.Line line = numbered.line();
            String annex = pve.annexEntries(line).stream().map(Pve.Annex.Entry::id).collect(Collectors.joining(", "));
            rows.add(List.of(numbered.number(), line.id(), line.domain(), Labels.kindShort(line.kind(), lang),
                    line.weight() == null ? "" : line.weight().toString(), line.title(), line.text(),
                    line.items().stream().map(Pve.Item::id).collect(Collectors.joining(", ")),
                    String.join(", ", line.satisfies()), String.join("; ", line.evidence()),
                    String.join("; ", line.legalBasis()), annex, joined(line.tailoring())));
        }
        return write(rows, lang, pve.catalogVersion(), pve.fingerprint());
    }

    /**
     * The gap report as a grid. The first row after the header is always the verdict row: its first cell is
     * "Oordeel"/"Verdict", the other cells of the requirement columns are empty.
     *
     * <p>Several bidders: columns requirement, title, kind, then one column per bidder in the report's
     * matrix order; one row per catalogue requirement of the PvE, each cell the bidder's status; the verdict
     * row holds each bidder's verdict.
     *
     * <p>One bidder (the report has no matrix): columns requirement, title, kind, status, reasons; one row
     * per item, the statement items then the suitability items, the reasons one per line as
     * "explanation (rule)"; the verdict row holds the verdict and its reasons.
     */
    public static String gapMatrix(GapReport report) {
        Language lang = report.language();
        List<String> header = new ArrayList<>(List.of(Labels.REQUIREMENT.in(lang), Labels.TITLE.in(lang), Labels.KIND.in(lang)));
        List<List<String>> rows = new ArrayList<>();
        if (report.matrix() != null) {
            header.addAll(report.matrix().bidders());
            rows.add(header);
            rows.add(verdictRow(report.suppliers().stream().map(s -> Labels.verdict(s.verdict(), lang)).toList(), lang));
            report.matrix().rows().forEach(row -> rows.add(Stream.concat(
                    Stream.of(row.requirement(), row.title(), Labels.kindShort(row.kind(), lang)),
                    row.statuses().stream().map(status -> Labels.status(status, lang))).toList()));
        } else {
            GapReport.SupplierReport only = report.suppliers().get(0);
            header.add(STATUS.in(lang));
            header.add(Labels.WHY.in(lang));
            rows.add(header);
            rows.add(verdictRow(List.of(Labels.verdict(only.verdict(), lang), joined(only.verdictReasons())), lang));
            Stream.concat(only.items().stream(), only.suitability().stream()).forEach(item -> rows.add(List.of(
                    item.requirement(), item.title(), Labels.kindShort(item.kind(), lang),
                    Labels.status(item.status(), lang), joined(item.reasons()))));
        }
        return write(rows, lang, report.catalogVersion(), report.fingerprint());
    }

    private static List<String> verdictRow(List<String> values, Language lang) {
        return Stream.concat(Stream.of(Labels.VERDICT.in(lang), "", ""), values.stream()).toList();
    }

    private static String joined(List<Pve.Reason> reasons) {
        return reasons.stream().map(r -> r.explanation() + " (" + r.rule() + ")").collect(Collectors.joining(REASON_SEPARATOR));
    }

    /** Prints the rows, the header first, each with the catalogue version and fingerprint appended. */
    private static String write(List<List<String>> rows, Language lang, String catalogVersion, String fingerprint) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(i));
                row.add(i == 0 ? Labels.CATALOGUE.in(lang) : catalogVersion);
                row.add(i == 0 ? Labels.FINGERPRINT.in(lang) : fingerprint);
                printer.printRecord(row);
            }
        } catch (IOException e) {
            // CSVPrinter declares it for any Appendable; a StringBuilder never throws it.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
