package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static nl.eisenwijzer.api.Bodies.JSON;
import static nl.eisenwijzer.api.Bodies.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/v1/gap-reports} over MockMvc with the real catalogue, rules and example dossiers. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class GapReportApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;


    private static String body(Map<String, Object> profile, List<Map<String, Object>> suppliers) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procurement", profile);
        request.put("suppliers", suppliers);
        return JSON.writeValueAsString(request);
    }

    private static String velsen(String... dossiers) throws Exception {
        List<Map<String, Object>> suppliers = new java.util.ArrayList<>();
        for (String dossier : dossiers) {
            suppliers.add(yaml("examples/suppliers/" + dossier));
        }
        return body(yaml("examples/velsen-awareness.yaml"), suppliers);
    }

    @Test
    void twoBiddersGetVerdictsARankingAndAMatrix(CapturedOutput output) throws Exception {
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(velsen("velsen-excluded.yaml", "velsen-compliant.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.fingerprint", startsWith("sha256:")))
                .andExpect(jsonPath("$.referenceDate").value("2025-07-07"))
                .andExpect(jsonPath("$.suppliers[0].name").value("Awareness Partners B.V."))
                .andExpect(jsonPath("$.suppliers[0].verdict").value("EXCLUDED"))
                .andExpect(jsonPath("$.suppliers[0].summary.EVIDENCE_EXPIRED").isNumber())
                .andExpect(jsonPath("$.suppliers[0].items[0].reasons[0].rule").isString())
                .andExpect(jsonPath("$.suppliers[0].suitability[?(@.requirement == 'EW-SUIT-04')].status").value("GAP"))
                .andExpect(jsonPath("$.suppliers[1].verdict").value("COMPLIANT"))
                .andExpect(jsonPath("$.ranking[0].name").value("Veilig Leren B.V."))
                .andExpect(jsonPath("$.matrix.bidders[1]").value("Veilig Leren B.V."));
        // Dossiers are confidential: nothing of them reaches the log.
        assertThat(output.getAll()).doesNotContain("Awareness Partners", "55667788", "Veilig Leren", "11223344");
    }

    @Test
    void markdownInEnglishOnRequest() throws Exception {
        mvc.perform(post("/api/v1/gap-reports?lang=en").contentType(MediaType.APPLICATION_JSON).accept("text/markdown")
                        .content(velsen("velsen-conditional.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().string(startsWith("# Gap report: ")))
                .andExpect(content().string(containsString("**Conditional**")));
    }

    /** Posts the compliant Velsen dossier with one field replaced and expects a 400 problem naming it. */
    private org.springframework.test.web.servlet.ResultActions rejected(String key, Object value, String field) throws Exception {
        Map<String, Object> dossier = yaml("examples/suppliers/velsen-compliant.yaml");
        dossier.put(key, value);
        return mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(body(yaml("examples/velsen-awareness.yaml"), List.of(yaml("examples/suppliers/velsen-excluded.yaml"), dossier))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void anUnknownEvidenceTypeIsA400NamingTheField() throws Exception {
        rejected("certificates", List.of(Map.of("type", "ISO9001", "validUntil", "2027-01-01")), "suppliers[1].certificates[0].type")
                .andExpect(jsonPath("$.allowedValues[0]").value("ISO27001"))
                .andExpect(jsonPath("$.detail", containsString("'ISO9001' is not allowed")));
    }

    @Test
    void aStatementOutsideThePveIsA400() throws Exception {
        rejected("statements", List.of(Map.of("requirement", "IEC62443-3-3-SR1.1", "answer", "yes")), "suppliers[1].statements[0].requirement")
                .andExpect(jsonPath("$.detail", containsString("is not in the PvE")));
    }

    @Test
    void aDateThatDoesNotParseIsA400() throws Exception {
        rejected("documents", List.of(Map.of("type", "GVA", "date", "2025-13-01")), "suppliers[1].documents[0].date");
    }

    @Test
    void aReportPeriodEndingBeforeItStartsIsA400() throws Exception {
        rejected("reports", List.of(Map.of("type", "SOC2-TYPE2", "periodStart", "2025-01-01", "periodEnd", "2024-01-01")),
                "suppliers[1].reports[0].periodEnd");
    }

    @Test
    void aBadProfileIsNamedUnderProcurement() throws Exception {
        Map<String, Object> profile = yaml("examples/velsen-awareness.yaml");
        profile.put("hostingRegion", "mars");
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(body(profile, List.of(yaml("examples/suppliers/velsen-compliant.yaml")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("procurement.hostingRegion"));
    }

    @Test
    void noSuppliersIsA400() throws Exception {
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(body(yaml("examples/velsen-awareness.yaml"), List.of())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("suppliers"));
    }
}
