package nl.eisenwijzer.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The examples on the operations, taken from the project's {@code examples/} (bundled into the jar): the
 * requests a tender-drafting tool can send as they are, in JSON and in YAML. They are the same files the CLI
 * and the tests use, so an example in the document cannot drift from one that works.
 */
final class ApiExamples {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private ApiExamples() {
    }

    static void apply(OpenAPI openApi) {
        Map<String, Object> velsen = read("velsen-awareness.yaml");
        Map<String, Object> camera = read("camera-surveillance-police.yaml");
        examples(openApi, "/pve", Map.of(
                "velsen", example("Awareness training as SaaS (Gemeente Velsen, 2025)", velsen, "velsen-awareness.yaml"),
                "velsenTailored", example("The same purchase with the buyer's tailoring", read("velsen-awareness-tailored.yaml"),
                        "velsen-awareness-tailored.yaml"),
                "pumpingStation", example("OT: control of a pumping station at SL2", read("ot-pumping-station.yaml"),
                        "ot-pumping-station.yaml"),
                "camera", example("Camera surveillance for the police (national security)", camera,
                        "camera-surveillance-police.yaml")));
        // A tender file is a procurement profile: the same examples as the PvE's.
        examples(openApi, "/tenders", Map.of("velsen", example("Awareness training as SaaS (Gemeente Velsen, 2025)",
                velsen, "velsen-awareness.yaml")));
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("procurement", velsen);
        gap.put("suppliers", List.of(read("suppliers/velsen-compliant.yaml"), read("suppliers/velsen-conditional.yaml")));
        Map<String, Object> award = new LinkedHashMap<>();
        award.put("procurement", read("velsen-award.yaml"));
        award.put("suppliers", List.of(read("suppliers/velsen-compliant.yaml"), read("suppliers/velsen-conditional.yaml"),
                read("suppliers/velsen-excluded.yaml")));
        award.put("evaluation", read("evaluations/velsen-evaluation.yaml"));
        examples(openApi, "/gap-reports", Map.of("velsen", new Example()
                .summary("Two bidders for the Velsen awareness training").value(gap),
                "velsenAward", new Example().summary("The Velsen award: three bidders, prices and the committee's judgments")
                        .description("examples/velsen-award.yaml, examples/suppliers/velsen-*.yaml, examples/evaluations/velsen-evaluation.yaml")
                        .value(award)));
        Map<String, Object> natsec = new LinkedHashMap<>();
        natsec.put("procurement", camera);
        natsec.put("supplier", read("suppliers/camera-bidder.yaml"));
        natsec.put("answers", read("natsec/camera-answers.yaml"));
        examples(openApi, "/national-security-assessments", Map.of("camera", new Example()
                .summary("The camera bidder's chain, with the officer's confirmed answers").value(natsec)));
    }

    private static Example example(String summary, Map<String, Object> value, String file) {
        return new Example().summary(summary).value(value).description("examples/" + file);
    }

    /** The examples on a resource's JSON operation and on its documents, which take the same body. */
    private static void examples(OpenAPI openApi, String path, Map<String, Example> examples) {
        openApi.getPaths().forEach((name, item) -> {
            if (name.equals(OpenApiConfiguration.BASE + path) || name.startsWith(OpenApiConfiguration.BASE + path + "/")) {
                item.readOperations().stream().filter(operation -> operation.getRequestBody() != null)
                        .flatMap(operation -> operation.getRequestBody().getContent().values().stream())
                        .filter(media -> media.getExamples() == null)
                        .forEach(media -> media.setExamples(references(openApi, path, examples)));
            }
        });
    }

    /**
     * The examples kept once under {@code components/examples} ({@code pve-velsen}) and referred to from each
     * operation that takes the body: a resource's documents take the same examples as its JSON operation.
     */
    private static Map<String, Example> references(OpenAPI openApi, String path, Map<String, Example> examples) {
        Map<String, Example> references = new java.util.TreeMap<>();
        examples.forEach((name, example) -> {
            String key = path.substring(1) + "-" + name;
            openApi.getComponents().addExamples(key, example);
            references.put(name, new Example().$ref("#/components/examples/" + key));
        });
        return references;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) {
        try (InputStream in = ApiExamples.class.getResourceAsStream("/bundled/examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the example " + file + " is not bundled (examples/ in the pom's resources)");
            }
            return YAML.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
