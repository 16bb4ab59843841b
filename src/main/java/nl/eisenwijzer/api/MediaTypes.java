package nl.eisenwijzer.api;

import org.springframework.http.MediaType;

/** The media types of the API beyond Spring's constants. */
final class MediaTypes {

    static final String YAML = "application/yaml";
    static final MediaType YAML_UTF8 = new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8);
    static final String MARKDOWN = "text/markdown";
    static final MediaType MARKDOWN_UTF8 = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

    private MediaTypes() {
    }

    /** How a request body is read: JSON when the client says so, YAML otherwise (the only other type accepted). */
    static nl.eisenwijzer.input.Format formatOf(MediaType contentType) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(contentType) ? nl.eisenwijzer.input.Format.JSON
                : nl.eisenwijzer.input.Format.YAML;
    }
}
