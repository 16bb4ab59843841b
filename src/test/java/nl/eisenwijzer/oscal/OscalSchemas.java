package nl.eisenwijzer.oscal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The OSCAL JSON schemas vendored in {@code src/test/resources/oscal/} (where they come from is in the README
 * there), checked with a draft-07 validator that also asserts formats (date-time, uri, uri-reference).
 */
final class OscalSchemas {

    enum Model {
        CATALOG("oscal-catalog_schema.json"),
        PROFILE("oscal-profile_schema.json"),
        ASSESSMENT_RESULTS("oscal-ar_schema.json");

        private final String file;

        Model(String file) {
            this.file = file;
        }
    }

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<Model, Schema> SCHEMAS = new EnumMap<>(Model.class);

    private OscalSchemas() {
    }

    /** What the schema finds wrong with the document, one message per error; empty when it is valid. */
    static List<String> errors(Model model, String json) {
        return schema(model).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static synchronized Schema schema(Model model) {
        return SCHEMAS.computeIfAbsent(model, m -> {
            try (InputStream in = OscalSchemas.class.getResourceAsStream("/oscal/" + m.file)) {
                if (in == null) {
                    throw new IllegalStateException("the OSCAL schema " + m.file + " is not on the test classpath");
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
