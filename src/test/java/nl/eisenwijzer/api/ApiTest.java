package nl.eisenwijzer.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.report.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API over real HTTP semantics (MockMvc), with the real catalogue and rules. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    Eisenwijzer engine;

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("examples", name));
    }

    @Test
    void pveFromJsonIsTheSameDocumentTheCliWrites() throws Exception {
        String body = example("velsen-awareness.json");
        String expected = Json.write(engine.pve(engine.readProfile(body, Format.JSON), Language.NL));
        mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", ApiVersionFilter.VERSION))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(expected))
                .andExpect(jsonPath("$.requirements[*].id", hasItem("AVG-28")))
                .andExpect(jsonPath("$.fingerprint", startsWith("sha256:")));
    }

    @Test
    void pveFromYamlInEnglishAsMarkdown() throws Exception {
        mvc.perform(post("/api/v1/pve?lang=en").contentType("application/yaml").accept("text/markdown")
                        .content(example("ot-pumping-station.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().string(startsWith("# Requirements programme: ")))
                .andExpect(content().string(containsString("IEC62443-3-3-SR1.1")));
    }

    @Test
    void aBadProfileIsA400ProblemNamingTheFieldAndAllowedValues() throws Exception {
        mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"T\", \"organisationType\": \"gemeente\", \"productTypes\": [\"saas\"], \"aiSystem\": \"skynet\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("API-Version", ApiVersionFilter.VERSION))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.field").value("aiSystem"))
                .andExpect(jsonPath("$.allowedValues[2]").value("high-risk"))
                .andExpect(jsonPath("$.detail", containsString("'skynet' is not allowed")))
                .andExpect(jsonPath("$.instance").value("/api/v1/pve"));
    }

    @Test
    void aBadProfileAskedAsMarkdownStillGetsAProblem() throws Exception {
        mvc.perform(post("/api/v1/pve").contentType("application/yaml").accept("text/markdown").content("title: T\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("organisationType"));
    }

    @Test
    void anUnknownLanguageIsA400() throws Exception {
        mvc.perform(post("/api/v1/pve?lang=fr").contentType(MediaType.APPLICATION_JSON).content(example("velsen-awareness.json")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lang"))
                .andExpect(jsonPath("$.allowedValues[1]").value("en"));
    }

    @Test
    void ungroupedGivesOneLinePerRequirementWithTheSameRequirementsCovered() throws Exception {
        String body = example("managed-ict-takeover.yaml");
        var grouped = engine.pve(engine.readProfile(body, Format.YAML), Language.NL, true);
        mvc.perform(post("/api/v1/pve?grouped=false").contentType("application/yaml").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grouped").value(false))
                // Before grouping: one line per requirement, those the grouped PvE puts in annexes included.
                .andExpect(jsonPath("$.summary.lines").value(grouped.summary().requirements() + grouped.summary().annexed()))
                .andExpect(jsonPath("$.summary.requirements").value(grouped.summary().requirements() + grouped.summary().annexed()))
                .andExpect(jsonPath("$.annexes").isEmpty());
    }

    @Test
    void anUnknownGroupedValueIsA400NamingTheAllowedValues() throws Exception {
        mvc.perform(post("/api/v1/pve?grouped=maybe").contentType(MediaType.APPLICATION_JSON).content(example("velsen-awareness.json")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("grouped"))
                .andExpect(jsonPath("$.allowedValues[0]").value("true"));
    }

    @Test
    void anEmptyBodyIsA400() throws Exception {
        mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aBodyOverOneMebibyteIsA413() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().is(413))
                .andExpect(header().string("API-Version", ApiVersionFilter.VERSION))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("Request body too large"));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() throws Exception {
        mvc.perform(post("/api/v1/pve").contentType(MediaType.TEXT_PLAIN).content("title: T"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void anUnknownPathIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("API-Version", ApiVersionFilter.VERSION))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void catalogueRequirementsFilterByFrameworkDomainAndProductType() throws Exception {
        mvc.perform(get("/api/v1/catalog/requirements").param("framework", "AVG"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.catalogVersion").value(engine.catalog().info().version()))
                .andExpect(jsonPath("$.requirements[0].framework").value("AVG"))
                .andExpect(jsonPath("$.requirements[0].title.nl").isString())
                .andExpect(jsonPath("$.requirements[0].title.en").isString());
        mvc.perform(get("/api/v1/catalog/requirements").param("domain", "email-security"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[*].id", hasItem("FS-DMARC")));
        mvc.perform(get("/api/v1/catalog/requirements").param("productType", "ot-component"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[*].id", hasItem("IEC62443-3-3-SR1.1")));
    }

    @Test
    void anUnknownFilterValueIsA400WithTheAllowedValues() throws Exception {
        mvc.perform(get("/api/v1/catalog/requirements").param("productType", "spaceship"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("productType"))
                .andExpect(jsonPath("$.allowedValues", hasItem("saas")));
    }

    @Test
    void productTypesAndFrameworks() throws Exception {
        mvc.perform(get("/api/v1/catalog/product-types"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productTypes.length()").value(22))
                .andExpect(jsonPath("$.productTypes[*].id", hasItem("ai-system")));
        mvc.perform(get("/api/v1/catalog/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frameworks[*].id", hasItem("IEC62443-3-3")));
    }

    @Test
    void theOpenApiDocumentIsPublished() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi", startsWith("3.")))
                .andExpect(jsonPath("$.paths['/pve'].post").exists())
                .andExpect(jsonPath("$.paths['/catalog/requirements'].get").exists());
    }

    @Test
    void theOpenApiDocumentDescribesTailoringAndTheKindOfALine() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ProcurementProfile.properties.tailoring['$ref']")
                        .value("#/components/schemas/Tailoring"))
                .andExpect(jsonPath("$.components.schemas.ProcurementProfile.properties.tailoring.description",
                        containsString("justification")))
                .andExpect(jsonPath("$.components.schemas.Tailoring.properties.exclude.items['$ref']")
                        .value("#/components/schemas/TailoringExclusion"))
                .andExpect(jsonPath("$.components.schemas.Tailoring.properties.empty").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.PveLine.properties.kind.enum",
                        containsInAnyOrder("eis", "wens", "contractvoorwaarde", "geschiktheidseis")))
                .andExpect(jsonPath("$.components.schemas.PveLine.properties.kind.description", containsString("award criterion")))
                // Records nested in different classes under one simple name keep a schema each.
                .andExpect(jsonPath("$.components.schemas.PveItem.properties.partOf").exists())
                .andExpect(jsonPath("$.components.schemas.GapReportItem.properties.status").exists())
                .andExpect(jsonPath("$.components.schemas.PveExclusion.properties.reasons").exists())
                .andExpect(jsonPath("$.components.schemas.TailoringExclusion.properties.justification").exists());
    }

    @Test
    void tailoringTheRulesCannotApplyIsA400NamingTheField() throws Exception {
        String body = example("velsen-awareness.yaml") + "tailoring:\n  exclude:\n    - {id: IEC62443-3-3-SR1.1, justification: Geen OT.}\n";
        mvc.perform(post("/api/v1/pve").contentType("application/yaml").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("tailoring.exclude[0].id"))
                .andExpect(jsonPath("$.detail", containsString("IEC62443-3-3-SR1.1 is not in the PvE of this purchase")));
        String noReason = example("velsen-awareness.yaml") + "tailoring:\n  exclude:\n    - {id: EW-TRAIN-04}\n";
        mvc.perform(post("/api/v1/pve").contentType("application/yaml").content(noReason))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tailoring.exclude[0].justification"));
    }

    @Test
    void aTailoredPveCarriesItsChangesAndWarnings() throws Exception {
        String body = example("velsen-awareness.yaml")
                + "tailoring:\n  exclude:\n    - {id: AVG-28, justification: Apart gesloten.}\n";
        mvc.perform(post("/api/v1/pve").contentType("application/yaml").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0].line").value("AVG-28"))
                .andExpect(jsonPath("$.warnings[0].law").value("AVG art. 28"))
                .andExpect(jsonPath("$.excluded[?(@.id == 'AVG-28')].reasons[0].rule").value("tailoring-leaves-out"))
                .andExpect(jsonPath("$.profile.tailoring.exclude[0].id").value("AVG-28"))
                .andExpect(jsonPath("$.profile.tailoring.empty").doesNotExist());
    }

    @Test
    void theLandingResourceLinksToTheDocumentation() throws Exception {
        mvc.perform(get("/api/v1"))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", ApiVersionFilter.VERSION))
                .andExpect(jsonPath("$.links.openapi.href").value("/api/v1/openapi.json"))
                .andExpect(jsonPath("$.catalogVersion").value(engine.catalog().info().version()));
    }

    @Test
    void theOpenApiDocumentAllowsCrossOriginReadsAndCarriesContactAndVersion() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").header("Origin", "https://tender-tool.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.info.version").value(ApiVersionFilter.VERSION))
                .andExpect(jsonPath("$.info.contact.email").isString())
                .andExpect(jsonPath("$.servers[0].url").isString());
    }

    @Test
    void everyProblemHasATypeAndAnInstance() throws Exception {
        String body = example("velsen-awareness.json");
        var requests = java.util.Map.of(
                "https://eisenwijzer.nl/problems/http-404", get("/api/v1/nothing-here"),
                "https://eisenwijzer.nl/problems/http-405", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/pve"),
                "https://eisenwijzer.nl/problems/http-415", post("/api/v1/pve").contentType(MediaType.TEXT_PLAIN).content("x"),
                "https://eisenwijzer.nl/problems/http-401", get("/api/v1/tenders"),
                "https://eisenwijzer.nl/problems/invalid-input", post("/api/v1/pve?lang=fr")
                        .contentType(MediaType.APPLICATION_JSON).content(body),
                "https://eisenwijzer.nl/problems/unreadable-body", post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON));
        for (var request : requests.entrySet()) {
            mvc.perform(request.getValue())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.type").value(request.getKey()))
                    .andExpect(jsonPath("$.instance").isString())
                    .andExpect(jsonPath("$.title").isString());
        }
    }

    @Test
    void aDocumentHasItsOwnPathAndTheAcceptRouteIsMarkedDeprecated() throws Exception {
        String body = example("velsen-awareness.json");
        byte[] own = mvc.perform(post("/api/v1/pve/csv").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().doesNotExist("Deprecation"))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] negotiated = mvc.perform(post("/api/v1/pve").contentType(MediaType.APPLICATION_JSON).accept("text/csv").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Deprecation", startsWith("@")))
                .andExpect(header().string("Link", "</api/v1/pve/csv>; rel=\"alternate\"; type=\"text/csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(negotiated).isEqualTo(own);
        mvc.perform(post("/api/v1/gap-reports/xlsx").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("/gap-reports/docx")));
    }

    @Test
    void theLandingResourceAnswersWithAndWithoutTheSlash() throws Exception {
        for (String path : java.util.List.of("/api/v1", "/api/v1/")) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(jsonPath("$.links.openapi.href").value("/api/v1/openapi.json"));
        }
    }

    @Test
    void theCatalogueIsReadableFromAnyOrigin() throws Exception {
        mvc.perform(get("/api/v1/catalog/domains").header("Origin", "https://tender-tool.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")));
        mvc.perform(get("/api/v1/tenders").header("Origin", "https://tender-tool.example"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
