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
    void theVelsenAwardRanksScoresAndAdvisesWithEveryNumberTraceable() throws Exception {
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON).content(Bodies.velsenAward()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].name").value("Cyberwijs B.V."))
                .andExpect(jsonPath("$.ranking[0].points").value(82.5))
                .andExpect(jsonPath("$.ranking[1].points").value(79.17))
                .andExpect(jsonPath("$.ranking[2].verdict").value("EXCLUDED"))
                .andExpect(jsonPath("$.award.bids[1].scores[0].points").value(26.67))
                .andExpect(jsonPath("$.award.bids[1].scores[0].rule").value("price-points"))
                .andExpect(jsonPath("$.award.advice.outcome").value("AWARD"))
                .andExpect(jsonPath("$.award.advice.winner").value("Cyberwijs B.V."))
                .andExpect(jsonPath("$.award.letters[1].advantages[0].criterion").value("K-1"));
    }

    @Test
    void aJudgmentWithARatingOffTheScaleIsA400NamingTheFieldAndTheRatings() throws Exception {
        String body = Bodies.velsenAward().replace("rating\":\"excellent", "rating\":\"outstanding");
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("evaluation.judgments[2].rating"))
                .andExpect(jsonPath("$.allowedValues[0]").value("excellent"));
    }

    @Test
    void aWaiverOfAnEisForOneBidderIsA400ForEqualTreatment() throws Exception {
        Map<String, Object> dossier = yaml("examples/suppliers/velsen-compliant.yaml");
        dossier.put("waivers", List.of(Map.of("requirement", "EW-WEB-02", "justification", "Later", "expires", "2026-01-01")));
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(body(yaml("examples/velsen-awareness.yaml"), List.of(dossier))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("suppliers[0].waivers[0].requirement"))
                .andExpect(jsonPath("$.detail", containsString("nota van inlichtingen")));
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
                .andExpect(jsonPath("$.suppliers[1].verdict").value("ADMISSIBLE"))
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
                .andExpect(content().string(containsString("(Admissible)")));
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
        rejected("statements", List.of(Map.of("requirement", "IEC62443-3-3-SR1.1", "answer", "complies")), "suppliers[1].statements[0].requirement")
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

    /** The conditional Velsen dossier with every answer given in its first code (yes, partial, no). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> inFirstCodes(Map<String, Object> dossier) {
        Map<String, String> first = Map.of("complies", "yes", "partially-complies", "partial", "does-not-comply", "no");
        ((List<Map<String, Object>>) dossier.get("statements")).forEach(s -> s.computeIfPresent("answer", (k, v) -> first.get(v)));
        return dossier;
    }

    @Test
    void theAnswerCodesAreWordsNoYamlReaderTakesForBooleans() throws Exception {
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON).content(velsen("velsen-conditional.yaml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppliers[0].verdict").value("ADMISSIBLE"))
                .andExpect(jsonPath("$.suppliers[0].items[?(@.requirement == 'EW-CLOUD-04')].status").value("PARTIAL"))
                .andExpect(jsonPath("$.suppliers[0].items[?(@.requirement == 'EW-WEB-04')].status").value("GAP"))
                // Left out when there is none.
                .andExpect(jsonPath("$.deprecations").doesNotExist());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstCodesGiveTheSameReportAndADeprecationForEachUse() throws Exception {
        Map<String, Object> current = yaml("examples/suppliers/velsen-conditional.yaml");
        Map<String, Object> first = inFirstCodes(yaml("examples/suppliers/velsen-conditional.yaml"));
        String expected = mvc.perform(post("/api/v1/gap-reports?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content(body(yaml("examples/velsen-awareness.yaml"), List.of(current))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String actual = mvc.perform(post("/api/v1/gap-reports?lang=en").contentType(MediaType.APPLICATION_JSON)
                        .content(body(yaml("examples/velsen-awareness.yaml"), List.of(first))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deprecations.length()").value(((List<?>) first.get("statements")).size()))
                .andExpect(jsonPath("$.deprecations[0].field").value("suppliers[0].statements[0].answer"))
                .andExpect(jsonPath("$.deprecations[0].given").value("yes"))
                .andExpect(jsonPath("$.deprecations[0].use").value("complies"))
                .andExpect(jsonPath("$.deprecations[0].explanation", startsWith(
                        "The answer to EW-CLOUD-03 uses the deprecated code 'yes'. A YAML 1.1 reader (such as PyYAML) "
                                + "turns it into the boolean true")))
                .andExpect(jsonPath("$.deprecations[0].explanation", containsString("API v2 will no longer accept 'yes'")))
                .andExpect(jsonPath("$.deprecations[?(@.given == 'partial')].use").value("partially-complies"))
                .andExpect(jsonPath("$.deprecations[?(@.given == 'no')].field").value("suppliers[0].statements[30].answer"))
                .andReturn().getResponse().getContentAsString();
        // The same verdicts, statuses, reasons, roadmap and fingerprint: only the deprecations are added.
        Map<String, Object> withoutDeprecations = JSON.readValue(actual, Map.class);
        assertThat(withoutDeprecations.remove("deprecations")).isNotNull();
        assertThat(withoutDeprecations).isEqualTo(JSON.readValue(expected, Map.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeprecationIsExplainedInTheReportsLanguage() throws Exception {
        Map<String, Object> dossier = yaml("examples/suppliers/velsen-compliant.yaml");
        ((List<Map<String, Object>>) dossier.get("statements")).get(3).put("answer", "yes");
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_YAML)
                        .content(Bodies.YAML.writeValueAsString(Map.of("procurement", yaml("examples/velsen-awareness.yaml"),
                                "suppliers", List.of(yaml("examples/suppliers/velsen-excluded.yaml"), dossier)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deprecations.length()").value(1))
                .andExpect(jsonPath("$.deprecations[0].field").value("suppliers[1].statements[3].answer"))
                .andExpect(jsonPath("$.deprecations[0].explanation").value("Het antwoord op EW-DECL-ISMS gebruikt de "
                        + "verouderde code 'yes'. Een YAML 1.1-lezer (zoals PyYAML) maakt daar de waarheidswaarde true van, "
                        + "en die weigert de API. Gebruik 'complies'; API v2 aanvaardt 'yes' niet meer."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBooleanAnswerIsA400NamingTheFieldAndTheCodes() throws Exception {
        Map<String, Object> dossier = yaml("examples/suppliers/velsen-compliant.yaml");
        // What a tender tool sends after reading 'answer: yes' with a YAML 1.1 reader such as PyYAML.
        ((List<Map<String, Object>>) dossier.get("statements")).get(3).put("answer", true);
        mvc.perform(post("/api/v1/gap-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(body(yaml("examples/velsen-awareness.yaml"), List.of(yaml("examples/suppliers/velsen-excluded.yaml"), dossier))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("suppliers[1].statements[3].answer"))
                .andExpect(jsonPath("$.allowedValues").value(org.hamcrest.Matchers.contains(
                        "complies", "partially-complies", "does-not-comply", "not-applicable")))
                .andExpect(jsonPath("$.detail", containsString("field 'suppliers[1].statements[3].answer': true is not allowed")))
                .andExpect(jsonPath("$.detail", containsString("A YAML 1.1 reader (such as PyYAML) turns yes and no into true "
                        + "and false; write complies or does-not-comply in the file")));
    }
}
