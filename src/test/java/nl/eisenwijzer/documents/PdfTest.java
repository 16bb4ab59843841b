package nl.eisenwijzer.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.util.Diagnostic;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDFs of the printable reports, read back with PDFBox: pages, text, font and metadata. */
class PdfTest {

    private final ReportHtml html = new ReportHtml(ExampleReports.ENGINE.catalog());

    /** The text in reading order: the page number is generated content, drawn apart from the words around it. */
    private static String text(PDDocument pdf) throws IOException {
        return stripper().getText(pdf);
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    @Test
    void theGapReportPdfCarriesVerdictReasonsFingerprintAndDutchText() throws IOException {
        GapReport report = ExampleReports.gap(Language.NL, "excluded");
        try (PDDocument pdf = Loader.loadPDF(Pdf.render(html.gap(report)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            String text = text(pdf);
            assertThat(text).contains("Uitgesloten")
                    .contains("Het ISO27001-certificaat was geldig tot 2025-02-28")
                    .contains("(certificate-expired)")
                    .contains(report.fingerprint())
                    .contains("Catalogus " + report.catalogVersion())
                    .contains("Pagina 1 van " + pdf.getNumberOfPages())
                    .contains("beëindiging")
                    .contains("2025-11-01 – 2027-10-31");
            // The running footer is on every page, with the fingerprint.
            PDFTextStripper lastPage = stripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf)).contains(report.fingerprint());

            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Gap-rapport: " + report.title());
            assertThat(pdf.getDocumentInformation().getKeywords()).isEqualTo(report.fingerprint());
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(report.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    /** Each entry of the PDF's outline with the index of the page it leads to, in outline order. */
    private static Map<String, Integer> outline(PDDocument pdf) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            pages.put(item.getTitle(), pdf.getPages().indexOf(item.findDestinationPage(pdf)));
        }
        return pages;
    }

    /**
     * The committee's summary of the Velsen award fits five pages, and the outline leads to each section. The time the
     * rendering of the built report takes is printed, not asserted: it depends on the machine (the aim is under 5 s);
     * the first rendering in a JVM loads openhtmltopdf and PDFBox, the second shows the rendering itself.
     */
    @Test
    void theSummaryOfTheVelsenAwardFitsFivePagesAndTheOutlineLeadsToEverySection() throws IOException {
        GapReport report = ExampleReports.award(Language.NL);
        long start = System.nanoTime();
        byte[] bytes = ExampleReports.ENGINE.documents().gap(report, DocumentFormat.PDF).content();
        double first = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        assertThat(ExampleReports.ENGINE.documents().gap(report, DocumentFormat.PDF).content()).isEqualTo(bytes);
        double again = (System.nanoTime() - start) / 1e9;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Map<String, Integer> outline = outline(pdf);
            System.out.printf("Gap report PDF, 3 bidders: rendered in %.2f s (again: %.2f s), %d pages, summary %d pages%n",
                    first, again, pdf.getNumberOfPages(), outline.get("Gunningsbeslissing"));
            assertThat(outline.keySet()).containsExactly("Samenvatting", "Gunningsbeslissing",
                    "Bijlage A \u2014 Puntentelling en motivering", "Bijlage B \u2014 Matrix eisen \u00d7 inschrijvers",
                    "Bijlage C \u2014 Toetsing per inschrijver");
            assertThat(outline.get("Samenvatting")).isZero();
            assertThat(outline.get("Gunningsbeslissing")).isBetween(1, 5);
            assertThat(List.copyOf(outline.values())).isSorted();

            PDFTextStripper decision = stripper();
            decision.setStartPage(outline.get("Gunningsbeslissing") + 1);
            decision.setEndPage(outline.get("Bijlage A \u2014 Puntentelling en motivering"));
            assertThat(decision.getText(pdf)).contains("Cyberwijs B.V. Voornemen tot gunning", "82,50 van 100,00 punten",
                    "79,17 van 100,00 punten", "Campagneplan op maat van de gemeente Velsen", "Awareness Partners B.V. Uitgesloten");
        }
    }

    /** Twenty bidders (the three Velsen dossiers renamed, each with its own price) still give a summary of at most five pages. */
    @Test
    void theSummaryOfTwentyBiddersFitsFivePages() throws IOException {
        GapReport report = ExampleReports.award(Language.NL, 20);
        assertThat(report.award().shortlist()).as("more than five admissible bids: the presentation shortlist").isNotNull();
        try (PDDocument pdf = Loader.loadPDF(Pdf.render(GapHtml.summary(report)))) {
            System.out.printf("Gap report PDF, 20 bidders: summary %d pages%n", pdf.getNumberOfPages());
            assertThat(pdf.getNumberOfPages()).isBetween(2, 5);
            String text = text(pdf);
            assertThat(text).contains("Gunningsadvies", "Uitnodiging voor K-2 Presentatie en demo", "Awareness Partners 18 B.V.");
            assertThat(report.award().bids()).allSatisfy(bid -> assertThat(text).contains(bid.bidder()));
        }
    }

    /** Nothing openhtmltopdf would log: no bookmark without its target, no CSS it does not understand. */
    @Test
    void theGapReportRendersWithoutAWarning() throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Pdf.render(html.gap(ExampleReports.award(Language.EN)), diagnostics::add);
        assertThat(diagnostics).filteredOn(d -> d.getLevel().intValue() >= Level.WARNING.intValue())
                .extracting(Diagnostic::getFormattedMessage).isEmpty();
    }

    @Test
    void theNatsecPdfCarriesOutcomeAndLegalRoute() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Pdf.render(html.natsec(ExampleReports.natsec(Language.EN))))) {
            assertThat(text(pdf)).contains("Exclusion possible").contains("Decisive party: Polar Optics Ltd.")
                    .contains("AW2012_NON_GPA").contains("confirmed by a person; derived: unknown");
        }
    }

    /**
     * The embedded font carries what base-14 fonts cannot: the arrow is outside WinAnsi. The euro sign, dashes
     * and Dutch letters must survive both the regular text and the bold (Helvetica) text.
     */
    @Test
    void theEmbeddedFontRendersEuroDashesDiacriticsAndCharactersOutsideWinAnsi() throws IOException {
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <meta name="dcterms.created" content="2026-01-02"/></head>
                <body style="font-family: 'Liberation Sans'"><p>Reëel € 1.000 – privé — één → ≥</p>
                <h1 style="font-family: Helvetica">Financiële eis € → klaar</h1></body></html>""";
        try (PDDocument pdf = Loader.loadPDF(Pdf.render(xhtml))) {
            assertThat(text(pdf)).contains("Reëel € 1.000 – privé — één → ≥").contains("Financiële eis € → klaar");
            PDResources resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).anySatisfy(font -> {
                assertThat(font.getName()).endsWith("+LiberationSans");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    /** The standard fonts come from the PDFBox jar, not from a scan of the system's fonts (and no font cache in the home). */
    @Test
    void theStandardFontsNeedNoSystemFonts() throws IOException {
        Pdf.render(html.natsec(ExampleReports.natsec(Language.EN)));
        FontMapping<FontBoxFont> helvetica = FontMappers.instance().getFontBoxFont("Helvetica-Bold", null);
        assertThat(helvetica.getFont().getName()).isEqualTo("LiberationSans");
        assertThat(helvetica.isFallback()).isFalse();
    }

    @Test
    void theSameXhtmlGivesTheSameBytes() throws IOException {
        String xhtml = html.natsec(ExampleReports.natsec(Language.NL));
        assertThat(Pdf.render(xhtml)).isEqualTo(Pdf.render(xhtml));
    }

    @Test
    void xhtmlThatIsNotWellFormedIsRejected() {
        assertThatThrownBy(() -> Pdf.render("<html><p>open</html>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed");
    }
}
