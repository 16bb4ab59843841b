package nl.eisenwijzer.api;

import java.net.URI;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.tender.StaleTenderException;
import nl.eisenwijzer.tender.Tender;
import nl.eisenwijzer.tender.TenderNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json}: bad input is a 400 naming the field and the
 * allowed values; Spring MVC's own errors (404, 405, 406, 415, unreadable body) keep their status; an
 * oversized body is 413; a tender that is not the organisation's is 404, a change without If-Match 428 and one
 * made on an older version 412; anything unexpected is a 500 without internals. Request bodies are never logged.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemTypes.INVALID_INPUT, HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("field", e.field());
        if (!e.allowedValues().isEmpty()) {
            problem.setProperty("allowedValues", e.allowedValues());
        }
        return problem(problem, request);
    }

    @ExceptionHandler(TenderNotFoundException.class)
    ResponseEntity<ProblemDetail> tenderNotFound(TenderNotFoundException e, WebRequest request) {
        // The same answer for an id nobody has and for another organisation's: the API does not tell them apart.
        return problem(Problems.of(ProblemTypes.TENDER_NOT_FOUND, HttpStatus.NOT_FOUND, "Tender not found",
                "Your organisation has " + e.getMessage() + "."), request);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemTypes.IF_MATCH_REQUIRED, HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage());
        problem.setProperty("field", HttpHeaders.IF_MATCH);
        return problem(problem, request);
    }

    /** The version stored now, who saved it and when, with its ETag: what the user needs to compare and save again. */
    @ExceptionHandler(StaleTenderException.class)
    ResponseEntity<ProblemDetail> staleTender(StaleTenderException e, WebRequest request) {
        Tender current = e.current();
        ProblemDetail problem = Problems.of(ProblemTypes.TENDER_CHANGED, HttpStatus.PRECONDITION_FAILED,
                "Tender changed in the meantime",
                "Tender " + current.id() + " is at version " + current.version() + ", saved by " + current.updatedBy()
                        + " at " + current.updatedAt() + "; this change was made on version " + e.expectedVersion()
                        + ". Nothing was saved. Get the tender again, make the change on version " + current.version()
                        + " and send it with If-Match: \"" + current.version() + "\".");
        problem.setProperty("currentVersion", current.version());
        problem.setProperty("updatedBy", current.updatedBy());
        problem.setProperty("updatedAt", current.updatedAt().toString());
        ResponseEntity<ProblemDetail> entity = problem(problem, request);
        return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                .eTag("\"" + current.version() + "\"").body(entity.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return body(Problems.of(ProblemTypes.BODY_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                        tooLarge.getMessage() + " (1 MiB)"), request);
            }
            cause = cause.getCause();
        }
        return body(Problems.of(ProblemTypes.UNREADABLE_BODY, HttpStatus.BAD_REQUEST, "Unreadable request body",
                "The request body is missing or cannot be read as text."), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        LOG.error("Request failed: {}", request.getDescription(false), e);
        return problem(Problems.of(ProblemTypes.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed because of an error on our side."), request);
    }

    /** Spring MVC's own errors (404, 405, 406, 415, ...) as problems with a type and the request's path. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(e, body, headers, status, request);
        if (entity != null && entity.getBody() instanceof ProblemDetail problem) {
            typed(problem, request);
        }
        return entity;
    }

    private static ProblemDetail typed(ProblemDetail problem, WebRequest request) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(ProblemTypes.forStatus(HttpStatusCode.valueOf(problem.getStatus())));
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, WebRequest request) {
        typed(problem, request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem, WebRequest request) {
        ResponseEntity<ProblemDetail> entity = problem(problem, request);
        return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders()).body(entity.getBody());
    }
}
