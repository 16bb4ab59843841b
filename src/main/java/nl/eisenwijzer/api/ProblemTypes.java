package nl.eisenwijzer.api;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

/**
 * The {@code type} of every problem the API answers (RFC 9457): always present, so that a client can tell
 * problems apart by type rather than by parsing a title. Our own problems have their own type; for the others
 * (Spring MVC's 404, 405, 406, 415, Spring Security's 401) the type names the HTTP status.
 */
final class ProblemTypes {

    static final String BASE = "https://eisenwijzer.nl/problems/";

    static final URI INVALID_INPUT = of("invalid-input");
    static final URI UNREADABLE_BODY = of("unreadable-body");
    static final URI BODY_TOO_LARGE = of("body-too-large");
    static final URI TENDER_NOT_FOUND = of("tender-not-found");
    static final URI IF_MATCH_REQUIRED = of("if-match-required");
    static final URI TENDER_CHANGED = of("tender-changed");
    static final URI INTERNAL_ERROR = of("internal-error");

    private ProblemTypes() {
    }

    /** The type of a problem the handlers did not type themselves: {@code …/problems/http-404}. */
    static URI forStatus(HttpStatusCode status) {
        return of("http-" + status.value());
    }

    private static URI of(String name) {
        return URI.create(BASE + name);
    }
}
