package nl.eisenwijzer.documents;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.oscal.Oscal;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.GapMarkdown;
import nl.eisenwijzer.report.Json;
import nl.eisenwijzer.report.NatsecMarkdown;
import nl.eisenwijzer.report.PveMarkdown;

/**
 * One entry point for every document of a PvE, a gap report and a national-security report, in each format
 * that makes sense for it; the CLI and the API both write through here, so a format looks the same
 * whichever way it is asked for.
 */
public final class Documents {

    public static final List<DocumentFormat> PVE = List.of(DocumentFormat.JSON, DocumentFormat.MD, DocumentFormat.DOCX,
            DocumentFormat.XLSX, DocumentFormat.HTML, DocumentFormat.PDF, DocumentFormat.CSV, DocumentFormat.OSCAL);
    public static final List<DocumentFormat> GAP = List.of(DocumentFormat.JSON, DocumentFormat.MD, DocumentFormat.DOCX,
            DocumentFormat.HTML, DocumentFormat.PDF, DocumentFormat.CSV, DocumentFormat.OSCAL);
    public static final List<DocumentFormat> NATSEC = List.of(DocumentFormat.JSON, DocumentFormat.MD, DocumentFormat.HTML,
            DocumentFormat.PDF);

    private final Catalog catalog;
    private final ReportHtml html;
    private final Oscal oscal;

    public Documents(Catalog catalog) {
        this.catalog = catalog;
        this.html = new ReportHtml(catalog);
        this.oscal = new Oscal(catalog);
    }

    /**
     * Gets ready for writing documents in {@code format} while the caller does something long (loading the rules): for
     * a PDF, the renderer starts warming up in the background ({@link Pdf#prepare()}); other formats need nothing.
     */
    public static void prepare(DocumentFormat format) {
        if (format == DocumentFormat.PDF) {
            Pdf.prepare();
        }
    }

    /** The format named {@code value}, if this kind of document offers it; otherwise an error naming the allowed ones. */
    public static DocumentFormat parse(String field, String value, List<DocumentFormat> offered) {
        List<String> allowed = offered.stream().map(WireEnum::wire).toList();
        return offered.stream().filter(f -> f.wire().equals(value)).findFirst()
                .orElseThrow(() -> InvalidInputException.notAllowed(field, value, allowed));
    }

    public Document pve(Pve pve, DocumentFormat format) {
        String name = "pve-" + slug(pve.title());
        return switch (format) {
            case JSON -> Document.text(format, name, Json.write(pve));
            case MD -> Document.text(format, name, new PveMarkdown(catalog).render(pve));
            case DOCX -> Document.binary(format, name, new PveDocx(catalog).write(pve));
            case XLSX -> Document.binary(format, "answer-sheet-" + slug(pve.title()), new AnswerSheet(catalog).write(pve));
            case HTML -> Document.text(format, name, html.pve(pve));
            case PDF -> Document.binary(format, name, Pdf.render(html.pve(pve)));
            case CSV -> Document.text(format, name, Csv.pve(pve));
            case OSCAL -> Document.text(format, name + "-profile", oscal.profile(pve));
        };
    }

    public Document gap(GapReport report, DocumentFormat format) {
        String name = "gap-report-" + slug(report.title());
        return switch (format) {
            case JSON -> Document.text(format, name, Json.write(report));
            case MD -> Document.text(format, name, new GapMarkdown(catalog).render(report));
            case DOCX -> Document.binary(format, name, GapDocx.write(report));
            case HTML -> Document.text(format, name, html.gap(report));
            case PDF -> Document.binary(format, name, Pdf.render(html.gap(report)));
            case CSV -> Document.text(format, name + "-matrix", Csv.gapMatrix(report));
            case OSCAL -> Document.text(format, name + "-assessment-results", oscal.assessmentResults(report));
            default -> throw notOffered(format, GAP);
        };
    }

    public Document natsec(NatsecReport report, DocumentFormat format) {
        String name = "national-security-" + slug(report.title());
        return switch (format) {
            case JSON -> Document.text(format, name, Json.write(report));
            case MD -> Document.text(format, name, new NatsecMarkdown().render(report));
            case HTML -> Document.text(format, name, html.natsec(report));
            case PDF -> Document.binary(format, name, Pdf.render(html.natsec(report)));
            default -> throw notOffered(format, NATSEC);
        };
    }

    /** The whole catalogue as an OSCAL catalog. */
    public Document oscalCatalog() {
        return Document.text(DocumentFormat.OSCAL, "eisenwijzer-catalog-" + catalog.info().version(), oscal.catalog());
    }

    private static InvalidInputException notOffered(DocumentFormat format, List<DocumentFormat> offered) {
        return InvalidInputException.notAllowed("format", format.wire(), offered.stream().map(WireEnum::wire).toList());
    }

    /** A file-name-safe form of a title: lower case ASCII, words joined by hyphens, at most 60 characters. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "document" : slug;
    }
}
