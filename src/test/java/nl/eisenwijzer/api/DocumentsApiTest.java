package nl.eisenwijzer.api;

import static nl.eisenwijzer.api.Bodies.JSON;
import static nl.eisenwijzer.api.Bodies.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The documents through the Accept header: media type, file name, and content that re-opens. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsApiTest {

    @Autowired
    MockMvc mvc;

    private MvcResult pve(String accept) throws Exception {
        return mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON).accept(accept)
                        .content(JSON.writeValueAsString(yaml("examples/velsen-awareness.yaml"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(accept))
                .andReturn();
    }

    private MvcResult gap(String accept) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procurement", yaml("examples/velsen-awareness.yaml"));
        request.put("suppliers", List.of(yaml("examples/suppliers/velsen-compliant.yaml"), yaml("examples/suppliers/velsen-excluded.yaml")));
        return mvc.perform(post("/api/v1/gap-reports?lang=en").contentType(MediaType.APPLICATION_JSON).accept(accept)
                        .content(JSON.writeValueAsString(request)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(accept))
                .andReturn();
    }

    @Test
    void theWordAnnexComesWithAFileNameAndOpens() throws Exception {
        MvcResult result = pve(DocumentResponses.DOCX);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment").contains("pve-leerprogramma-privacy-informatiebeveiliging.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Programma van Eisen").contains("AVG-28.3.a");
        }
    }

    @Test
    void theAnswerSheetAndTheCsvAndTheOscalProfile() throws Exception {
        assertThat(pve(DocumentResponses.XLSX).getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        assertThat(pve(DocumentResponses.CSV).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("AVG-28.3.a");
        MvcResult oscal = pve(DocumentResponses.OSCAL);
        assertThat(oscal.getResponse().getHeader("Content-Disposition")).contains(".oscal.json");
        assertThat(JSON.readTree(oscal.getResponse().getContentAsString(StandardCharsets.UTF_8)).has("profile")).isTrue();
    }

    @Test
    void theGapReportAsPdfHtmlCsvAndOscal() throws Exception {
        byte[] pdf = gap(DocumentResponses.PDF).getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Veilig Leren B.V.").contains("Awareness Partners B.V.");
        }
        assertThat(gap(DocumentResponses.HTML).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<html");
        assertThat(gap(DocumentResponses.CSV).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("EW-SUIT-04");
        assertThat(gap(DocumentResponses.OSCAL).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("assessment-results");
    }

    @Test
    void theGapReportAsAWordDocument() throws Exception {
        MvcResult result = gap("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment").contains("gap-report-leerprogramma-privacy-informatiebeveiliging.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText().replace("\u00a0", "");
            assertThat(text).startsWith("Gap report").contains("Veilig Leren B.V. (NL) Admissible",
                    "Awareness Partners B.V. (NL) Excluded", "Decisive gaps", "Award decision", "Annex C \u2014 Assessment per bidder");
        }
    }

    @Test
    void theNationalSecurityReportAsHtml() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procurement", yaml("examples/camera-surveillance-police.yaml"));
        request.put("supplier", yaml("examples/suppliers/camera-bidder.yaml"));
        mvc.perform(post("/api/v1/national-security-assessments").contentType(MediaType.APPLICATION_JSON).accept(DocumentResponses.HTML)
                        .content(JSON.writeValueAsString(request)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("national-security-")))
                .andExpect(content().string(containsString("Polar Optics Ltd.")));
    }

    @Test
    void theCatalogueAsOscal() throws Exception {
        mvc.perform(get("/api/v1/catalog").accept(DocumentResponses.OSCAL))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(DocumentResponses.OSCAL))
                .andExpect(content().string(containsString("\"catalog\"")));
    }

    @Test
    void aFormatTheEndpointDoesNotOfferIs406() throws Exception {
        mvc.perform(post("/api/v1/national-security-assessments").contentType(MediaType.APPLICATION_JSON).accept(DocumentResponses.DOCX)
                        .content("{}"))
                .andExpect(status().isNotAcceptable());
    }
}
