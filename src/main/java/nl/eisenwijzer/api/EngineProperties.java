package nl.eisenwijzer.api;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code eisenwijzer.catalog-dir} and {@code eisenwijzer.rules-dir}: comma-separated directories; empty means
 * {@code ./catalog} and {@code ./rules}, else the copies in the jar.
 */
@ConfigurationProperties(prefix = "eisenwijzer")
public record EngineProperties(List<Path> catalogDir, List<Path> rulesDir) {

    public EngineProperties {
        catalogDir = catalogDir == null ? List.of() : catalogDir;
        rulesDir = rulesDir == null ? List.of() : rulesDir;
    }
}
