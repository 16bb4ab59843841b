package nl.eisenwijzer.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every response carries the full API version (NL API Design Rules, API-57), errors included. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionFilter extends OncePerRequestFilter {

    static final String HEADER = "API-Version";
    // 1.3.0: PvE lines carry kind (eis, wens, contractvoorwaarde, geschiktheidseis) and strength instead of obligation,
    // with sub-points, annexes and tailoring; profiles take suitability and tailoring.
    // 1.4.0: saved tenders (/tenders, HTTP Basic): list, create, read, tender file with If-Match, history, PvE.
    // 1.6.0: a contract for generated clients: one operation per document (POST /pve/docx, ...; the Accept route
    // stays, deprecated), operationIds and tags by resource, schemas as strict as the server, absent instead of
    // null, the natsec answers as true/false/unknown codes, the landing resource also at /api/v1/, absolute
    // servers, problem types, catalogue paging, filters, caching and lists.
    static final String VERSION = "1.6.0";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, VERSION);
        chain.doFilter(request, response);
    }
}
