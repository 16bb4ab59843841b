package nl.eisenwijzer.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs: who is signed in (for the header) and times in Dutch clock time. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    /** Tenders are Dutch: times show in the Netherlands' zone whatever the server's. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @ModelAttribute("currentUser")
    String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())
                ? null : authentication.getName();
    }

    @ModelAttribute("times")
    Times times() {
        return new Times();
    }

    /** Formats instants for the pages: day, month, year and time to the second (history entries differ by seconds). */
    static final class Times {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(NETHERLANDS);

        public String format(Instant instant) {
            return instant == null ? "" : FORMAT.format(instant);
        }
    }
}
