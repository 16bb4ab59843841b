package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static nl.eisenwijzer.api.Bodies.JSON;
import static nl.eisenwijzer.api.Bodies.YAML;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/v1/national-security-assessments} over MockMvc with the real catalogue, rules and the
 * camera-surveillance example; then the chosen measures through {@code POST /api/v1/pve}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NatsecApiTest {

    private static final String PATH = "/api/v1/national-security-assessments";

    @Autowired
    MockMvc mvc;


    private static Map<String, Object> request(Object answers, List<String> realisable) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procurement", yaml("examples/camera-surveillance-police.yaml"));
        request.put("supplier", yaml("examples/suppliers/camera-bidder.yaml"));
        if (answers != null) {
            request.put("answers", answers);
        }
        if (realisable != null) {
            request.put("realisableMeasures", realisable);
        }
        return request;
    }

    private ResultActions post200(Map<String, Object> request) throws Exception {
        return mvc.perform(post(PATH + "?lang=en").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(request)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void theCameraChainWithAllRisksCoveredIsMitigatedAndTheMeasuresReachThePve(CapturedOutput output) throws Exception {
        List<String> realisable = List.of("NS-UPDATE-CONTROL", "NS-CODE-HARDWARE-REVIEW", "NS-EXIT-PLAN",
                "NS-NO-REMOTE-NON-EU", "NS-SCREENING", "NS-SEGMENT-MONITOR");
        String body = post200(request(yaml("examples/natsec/camera-answers.yaml"), realisable))
                .andExpect(jsonPath("$.outcome").value("MITIGATE"))
                .andExpect(jsonPath("$.decisiveParty").value("Polar Optics Ltd."))
                .andExpect(jsonPath("$.questions.q1.answer").value("true"))
                .andExpect(jsonPath("$.questions.q1.basis").value("derived"))
                .andExpect(jsonPath("$.questions.q2.basis").value("confirmed"))
                .andExpect(jsonPath("$.questions.q2.derived").value("unknown"))
                .andExpect(jsonPath("$.questions.q3b.answer").value("true"))
                .andExpect(jsonPath("$.chain[3].name").value("Polar Optics Ltd."))
                .andExpect(jsonPath("$.chain[3].ownership[1].stateOwned").value("true"))
                .andExpect(jsonPath("$.chain[2].assessed").value(false))
                .andExpect(jsonPath("$.legalRoutes[?(@.party == 'Polar Optics Ltd.')].route").value("AW2012_NON_GPA"))
                .andExpect(jsonPath("$.addedRequirements[0].strength").value("MUST"))
                .andExpect(jsonPath("$.fingerprint", startsWith("sha256:")))
                .andReturn().getResponse().getContentAsString();
        // Dossiers are confidential: nothing of them reaches the log.
        assertThat(output.getAll()).doesNotContain("Polar", "Beeldwacht", "90000001");

        List<String> chosen = JSON.readTree(body).get("chosenMeasures").valueStream().map(m -> m.get("measure").asString()).toList();
        Map<String, Object> profile = yaml("examples/camera-surveillance-police.yaml");
        profile.put("controlMeasures", chosen);
        mvc.perform(post("/api/v1/pve?lang=en").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(profile)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[?(@.id == 'EW-NS-05')].kind").value("contractvoorwaarde"))
                .andExpect(jsonPath("$.requirements[?(@.id == 'EW-NS-05')].kindReasons[*].rule", hasItem("control-measure-is-binding")))
                .andExpect(jsonPath("$.requirements[?(@.id == 'EW-NS-06')].reasons[0].rule").value("control-measure-adds-requirement"));
    }

    @Test
    void yamlInMarkdownOut() throws Exception {
        mvc.perform(post(PATH).contentType("application/yaml").accept("text/markdown")
                        .content(YAML.writeValueAsString(request(null, null))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().string(startsWith("# Toets nationale veiligheid: ")))
                .andExpect(content().string(containsString("Onvoldoende informatie")));
    }

    private ResultActions rejected(Map<String, Object> request, String field) throws Exception {
        return mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(request)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void anAnswerWithoutJustificationIsA400() throws Exception {
        rejected(request(Map.of("q3b", Map.of("answer", true)), null), "answers.q3b.justification")
                .andExpect(jsonPath("$.detail", containsString("justification")));
    }

    @Test
    void anAnswerThatIsNotTrueOrFalseIsA400() throws Exception {
        rejected(request(Map.of("q1", Map.of("answer", "maybe", "justification", "x")), null), "answers.q1.answer");
    }

    @Test
    void anUnknownMeasureIsA400WithTheAllowedOnes() throws Exception {
        rejected(request(null, List.of("NS-WALL")), "realisableMeasures[0]")
                .andExpect(jsonPath("$.allowedValues", org.hamcrest.Matchers.hasItem("NS-ESCROW")));
    }

    @Test
    void anUnknownAccessKindIsA400() throws Exception {
        Map<String, Object> request = request(null, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> supplier = (Map<String, Object>) request.get("supplier");
        supplier.put("components", List.of(Map.of("name", "X", "country", "DE", "access", List.of("telepathy"))));
        rejected(request, "supplier.components[0].access[0]");
    }

    @Test
    void aMissingSupplierIsA400() throws Exception {
        Map<String, Object> request = request(null, null);
        request.remove("supplier");
        rejected(request, "supplier");
    }

    @Test
    void anUnknownMeasureInThePveProfileIsA400() throws Exception {
        Map<String, Object> profile = yaml("examples/camera-surveillance-police.yaml");
        profile.put("controlMeasures", List.of("NS-MOAT"));
        mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(profile)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("controlMeasures[0]"));
    }
}
