package nl.eisenwijzer.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a procurement profile as the tender file: YAML that {@link ProfileReader} reads back to the same
 * profile, with only the fields given (a default nobody chose is not written down as if someone had).
 */
public final class ProfileWriter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ProfileWriter() {
    }

    public static String yaml(ProcurementProfile profile) {
        return YAML.writeValueAsString(profile);
    }
}
