package nl.eisenwijzer.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.eisenwijzer.tender.TenderNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors on pages become a page in the user's language, not problem+json (which the API keeps): an unknown
 * tender — or one of another organisation, which is the same to the user — is "not found". Before the API's
 * handler, which would otherwise answer pages too.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(TenderNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return status(response, model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletResponse response, Model model) {
        return status(response, model, HttpStatus.valueOf(e.getStatusCode().value()));
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        // The type and message only: a request may carry a bidder's dossier, which is never logged.
        LOG.error("page request failed: {}", e.toString());
        return status(response, model, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static String status(HttpServletResponse response, Model model, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "error";
    }
}
