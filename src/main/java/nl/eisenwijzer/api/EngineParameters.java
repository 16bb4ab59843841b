package nl.eisenwijzer.api;

import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The query parameters and headers the engine's resources share, read strictly: a value nobody gave is never
 * made up ({@code grouped=1} is not {@code true}). The OpenAPI document types them in {@link ContractRules}.
 */
final class EngineParameters {

    static final String LANG = "lang";
    static final String GROUPED = "grouped";

    private EngineParameters() {
    }

    static Language language(String lang) {
        return WireEnum.parse(Language.class, LANG, lang);
    }

    static boolean grouped(String grouped) {
        if (!grouped.equals("true") && !grouped.equals("false")) {
            throw InvalidInputException.notAllowed(GROUPED, grouped, List.of("true", "false"));
        }
        return Boolean.parseBoolean(grouped);
    }

    /** How the body is read: JSON when the client says so, YAML otherwise (Spring refused any other type already). */
    static Format bodyFormat(String contentType) {
        try {
            return MediaTypes.formatOf(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            throw InvalidInputException.notAllowed("Content-Type", contentType, List.of(MediaType.APPLICATION_JSON_VALUE,
                    MediaTypes.YAML));
        }
    }
}
