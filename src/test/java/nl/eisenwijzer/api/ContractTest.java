package nl.eisenwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document says no more than the server checks: every example on an operation is accepted, and every
 * constraint the document writes on a request body — a required field, a minimum or maximum, a pattern, a
 * minimum number of items, a closed object — is refused by the server with a 400 naming the field, when it is
 * broken in that example. The document is walked as published, so a constraint added to {@link ContractRules}
 * is tried here without a test of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private JsonNode document;

    /** One way the example was broken, and the field the server must name. */
    private record Breach(String what, String field, JsonNode body) {
    }

    @Test
    void theServerRefusesWhatTheDocumentRefuses() throws Exception {
        document = JSON.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString());
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String path : List.of("/pve", "/gap-reports", "/national-security-assessments")) {
            JsonNode body = document.at("/paths/" + path.replace("/", "~1") + "/post/requestBody/content/application~1json");
            assertThat(body.path("examples").size()).as("examples on " + path).isPositive();
            for (JsonNode reference : body.path("examples")) {
                JsonNode example = resolve(reference).path("value");
                MockHttpServletResponse accepted = send(path, example);
                assertThat(accepted.getStatus()).as(path + " accepts its example " + reference + ": "
                        + accepted.getContentAsString()).isEqualTo(200);
                List<Breach> breaches = new ArrayList<>();
                breaches(example, resolve(body.path("schema")), example, "", breaches);
                for (Breach breach : breaches) {
                    tried++;
                    MockHttpServletResponse refused = send(path, breach.body());
                    String answer = refused.getContentAsString();
                    JsonNode problem = refused.getStatus() == 400 ? JSON.readTree(answer) : null;
                    if (problem == null || !problem.path("field").asString().endsWith(breach.field())) {
                        failures.add(path + " " + breach.what() + ": expected 400 naming " + breach.field() + ", got "
                                + refused.getStatus() + " " + answer);
                    }
                }
            }
        }
        assertThat(tried).as("constraints tried").isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    /** Every way to break {@code node} (at {@code at} in {@code root}) against one constraint of its schema. */
    private void breaches(JsonNode node, JsonNode schema, JsonNode root, String at, List<Breach> found) {
        if (node.isObject()) {
            for (JsonNode required : schema.path("required")) {
                String name = required.asString();
                if (node.has(name)) {
                    found.add(new Breach("without required " + at + name, name,
                            changed(root, at + name, parent -> ((ObjectNode) parent).remove(name))));
                }
            }
            if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                found.add(new Breach("with an unknown field in " + at, "unexpectedField",
                        changed(root, at + "unexpectedField", parent -> ((ObjectNode) parent).put("unexpectedField", 1))));
            }
            schema.path("properties").propertyStream().forEach(entry -> {
                if (node.has(entry.getKey())) {
                    property(node.get(entry.getKey()), resolve(entry.getValue()), root, at + entry.getKey(), found);
                }
            });
        }
    }

    private void property(JsonNode value, JsonNode schema, JsonNode root, String at, List<Breach> found) {
        String name = at.substring(at.lastIndexOf('.') + 1);
        if (schema.has("minimum")) {
            BigDecimal below = schema.path("minimum").decimalValue().subtract(BigDecimal.ONE);
            found.add(new Breach(at + " below its minimum", name, set(root, at, JSON.getNodeFactory().numberNode(below))));
        }
        if (schema.has("maximum")) {
            BigDecimal above = schema.path("maximum").decimalValue().add(BigDecimal.ONE);
            found.add(new Breach(at + " above its maximum", name, set(root, at, JSON.getNodeFactory().numberNode(above))));
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.path("pattern").asString());
            String wrong = List.of(" ", "nl", "not an id!").stream().filter(s -> !pattern.matcher(s).find()).findFirst()
                    .orElseThrow();
            found.add(new Breach(at + " not matching " + pattern, name, set(root, at, JSON.getNodeFactory().stringNode(wrong))));
        }
        if (schema.path("minItems").asInt(0) > 0) {
            found.add(new Breach(at + " with too few items", name, set(root, at, JSON.createArrayNode())));
        }
        if (value.isObject()) {
            breaches(value, schema, root, at + ".", found);
        } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
            breaches(value.get(0), resolve(schema.path("items")), root, at + "[0].", found);
        }
    }

    private JsonNode set(JsonNode root, String at, JsonNode value) {
        String name = at.substring(at.lastIndexOf('.') + 1);
        return changed(root, at, parent -> ((ObjectNode) parent).set(name, value));
    }

    /** A copy of {@code root} with the object that holds {@code at} changed. */
    private static JsonNode changed(JsonNode root, String at, java.util.function.Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        String[] steps = at.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            if (step.endsWith("[0]")) {
                parent = ((ArrayNode) parent.get(step.substring(0, step.length() - 3))).get(0);
            } else {
                parent = parent.get(step);
            }
        }
        change.accept(parent);
        return copy;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.path("$ref").asString().substring(1));
        }
        return node;
    }

    private MockHttpServletResponse send(String path, JsonNode body) throws Exception {
        return mvc.perform(post("/api/v1" + path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }
}
