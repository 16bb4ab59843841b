package nl.eisenwijzer.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.pve.Pve;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders the XHTML of {@link ReportHtml} to PDF with openhtmltopdf.
 *
 * <p>Font: Liberation Sans Regular, which PDFBox ships in its jar for its own fallback, is embedded (subset) for
 * all regular text, so Dutch letters, €, – and — and any other character a dossier brings render. It has no bold
 * face; bold text uses the base-14 Helvetica Bold (same metrics) with Liberation Sans as the final fallback for
 * glyphs outside WinAnsi. Nothing is downloaded and no font file is kept in this repository.
 *
 * <p>Deterministic: the creation and modification dates are the document's reference date (its
 * {@value PrintDocument#CREATED_META} meta element), never the clock, and the file identifier is a hash of the
 * XHTML, so the same XHTML gives the same bytes.
 */
public final class Pdf {

    private static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        // openhtmltopdf reports every font load and layout step at INFO on the console; a CLI that writes the
        // PDF to standard output must not fill standard error with that. Warnings and errors still show.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        FontMappers.set(new JarFontMapper());
    }

    /**
     * What PDFBox draws a standard-14 font's glyphs with (Helvetica Bold, and the thirteen others openhtmltopdf creates for
     * every document): the Liberation Sans of the PDFBox jar, for all of them. Writing a PDF needs only their metrics,
     * which PDFBox has built in, and the glyphs of our own text come from the embedded font; PDFBox's own mapper would
     * scan the system's fonts, keep a cache of them in the user's home (announcing it when fonts change) and parse a
     * dozen font files on every first PDF, for nothing. The same PDF, from nothing but the jar, sooner and quietly.
     */
    private static final class JarFontMapper implements FontMapper {

        private static final class Font {
            static final TrueTypeFont LIBERATION_SANS = load();

            private static TrueTypeFont load() {
                try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException(FONT_RESOURCE + " is missing from the PDFBox jar");
                    }
                    return new TTFParser().parse(new RandomAccessReadBuffer(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(Font.LIBERATION_SANS, false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(Font.LIBERATION_SANS, false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
            return new CIDFontMapping(null, Font.LIBERATION_SANS, false);
        }
    }

    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private Pdf() {
    }

    /**
     * Starts getting the renderer ready on a background thread: loading openhtmltopdf and PDFBox, the standard fonts'
     * metrics and the style sheet, and running the layout once on a small document in the reports' style. Call it
     * when a PDF will be asked for after something long (the CLI loading the rules, the server starting): the first
     * PDF of a JVM then takes about half as long. Does nothing after the first call, and nothing a reader would see.
     */
    public static void prepare() {
        if (!PREPARED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> render(sample()), "pdf-prepare");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A page with what the reports use most: title block, headings, a table with marks, a list of reasons. */
    private static String sample() {
        PrintDocument document = new PrintDocument(Language.NL, Text.of("Voorbeeld", "Sample"), "Voorbeeld",
                LocalDate.of(2000, 1, 1), "-", "-", List.of(new PrintDocument.Fact("PvE", "-")));
        Xhtml x = document.body();
        x.element("h2", "Samenvatting", "class", "section");
        x.open("p", "class", "advice").element("strong", "Gunningsadvies: ").text("\u2014").close();
        x.element("h3", "Rangorde");
        Blocks.startTable(x, "compact ranking", new Blocks.Column("#", 10), new Blocks.Column("Inschrijver", 60),
                new Blocks.Column("Totaal", 30));
        x.open("tr").element("td", "1").open("td").text("Voorbeeld B.V. ");
        Blocks.mark(x, "verdict", "Geldig");
        x.close().element("td", "82,50", "class", "num").close();
        Blocks.endTable(x);
        Blocks.reasons(x, List.of(new Pve.Reason("sample", "Voorbeeld \u20ac 1.000 \u2013 \u00e9\u00e9n.")));
        x.element("h4", "Fase 1");
        return document.finish();
    }

    /** @throws IllegalArgumentException when the XHTML is not well-formed XML */
    public static byte[] render(String xhtml) {
        return render(xhtml, null);
    }

    /**
     * @param diagnostics receives every message openhtmltopdf has while rendering, whatever its level (a bookmark without
     *     a target, a CSS property it does not know …), so that a test can ask for none; {@code null} for none
     */
    static byte[] render(String xhtml, Consumer<Diagnostic> diagnostics) {
        Document dom = parse(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        if (diagnostics != null) {
            builder.withDiagnosticConsumer(diagnostics);
        }
        builder.useFastMode();
        builder.withW3cDocument(dom, null);
        builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT_RESOURCE), FONT_FAMILY, 400, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
        builder.withProducer("Eisenwijzer");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            stamp(pdf, created(dom), xhtml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates from the document instead of the clock openhtmltopdf uses, and an identifier from its content. */
    private static void stamp(PDDocument pdf, LocalDate created, String xhtml) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        GregorianCalendar date = GregorianCalendar.from(created.atStartOfDay(ZoneOffset.UTC));
        info.setCreationDate(date);
        info.setModificationDate(date);
        byte[] id = Arrays.copyOf(sha256(xhtml), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static LocalDate created(Document dom) {
        NodeList metas = dom.getElementsByTagNameNS("*", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (PrintDocument.CREATED_META.equals(meta.getAttribute("name"))) {
                return LocalDate.parse(meta.getAttribute("content"));
            }
        }
        throw new IllegalArgumentException("the XHTML has no <meta name=\"" + PrintDocument.CREATED_META + "\"> with the document's date");
    }

    /** Parses without fetching anything: no external DTDs or entities, whatever the input declares. */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("not well-formed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
