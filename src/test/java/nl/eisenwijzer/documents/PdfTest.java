package nl.eisenwijzer.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
