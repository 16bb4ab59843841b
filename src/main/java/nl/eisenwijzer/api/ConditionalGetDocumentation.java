package nl.eisenwijzer.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the conditional GETs ({@link ConditionalGet}): ETag and Cache-Control on the 200, and the 304 a client
 * gets when its If-None-Match names the current ETag. If-None-Match itself is described on the 304 rather than
 * declared as a parameter: a declared parameter would make the document promise a 400 for it, which it never
 * gives. An operation customizer runs as each operation is built, before the document-wide customizers that add
 * the API-Version header to every response, this 304 included.
 */
@Component
class ConditionalGetDocumentation implements OperationCustomizer {

    static final String NOT_MODIFIED = "304";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!handler.hasMethodAnnotation(ConditionalGet.class)) {
            return operation;
        }
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
            addCachingHeaders(ok);
        }
        ApiResponse notModified = new ApiResponse().description("Not modified: the request's If-None-Match names the "
                + "current ETag, so the copy the client has is still this resource. No body.");
        addCachingHeaders(notModified);
        operation.getResponses().addApiResponse(NOT_MODIFIED, notModified);
        return operation;
    }

    private static void addCachingHeaders(ApiResponse response) {
        response.addHeaderObject(HttpHeaders.ETAG, new Header().schema(new StringSchema().example("\"3f1c…\""))
                .description("A strong validator of this representation, derived from the catalogue's content, the API "
                        + "version and the request (path, filters, page): it changes when the catalogue does. Send it "
                        + "back in If-None-Match to get 304 while nothing changed."));
        response.addHeaderObject(HttpHeaders.CACHE_CONTROL, new Header()
                .schema(new StringSchema().example(CatalogCache.CACHE_CONTROL))
                .description(CatalogCache.CACHE_CONTROL + ": the catalogue changes only with a new catalogue version, "
                        + "so any cache may keep this for an hour and then revalidate it with If-None-Match."));
    }
}
