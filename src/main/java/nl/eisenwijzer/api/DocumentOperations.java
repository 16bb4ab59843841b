package nl.eisenwijzer.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import org.springframework.http.HttpHeaders;

/**
 * Writes the documents of the engine's resources into the OpenAPI document, one operation per format
 * ({@code createPveDocx} at {@code POST /pve/docx}), each answering one media type: a generator then types each
 * as what it is — a string for Markdown, HTML and CSV, bytes for Word, Excel and PDF, an object for OSCAL —
 * which one operation with a choice of media types cannot give it. Request body and parameters are the JSON
 * operation's own.
 */
final class DocumentOperations {

    private DocumentOperations() {
    }

    static void add(OpenAPI openApi) {
        for (EngineResource resource : EngineResource.ALL) {
            PathItem item = openApi.getPaths().get(OpenApiConfiguration.BASE + resource.path());
            Operation json = item == null ? null : item.getPost();
            if (json == null || !resource.operationId().equals(json.getOperationId())) {
                throw new IllegalStateException("the OpenAPI document has no operation " + resource.operationId() + " at "
                        + resource.path());
            }
            for (DocumentRoute route : resource.documents()) {
                openApi.getPaths().addPathItem(OpenApiConfiguration.BASE + resource.path() + "/" + route.segment(),
                        new PathItem().post(operation(resource, route, json)));
            }
        }
    }

    private static Operation operation(EngineResource resource, DocumentRoute route, Operation json) {
        String title = Character.toUpperCase(resource.name().charAt(0)) + resource.name().substring(1) + " "
                + route.description();
        return new Operation()
                .operationId(resource.operationId() + route.operationSuffix())
                .summary(title)
                .description("The same request as " + json.getOperationId() + "; the response is the document, with a "
                        + "Content-Disposition file name.")
                .tags(new ArrayList<>(json.getTags()))
                .parameters(json.getParameters() == null ? null : new ArrayList<>(json.getParameters()))
                .requestBody(json.getRequestBody())
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                        .description(title)
                        .addHeaderObject(HttpHeaders.CONTENT_DISPOSITION, new Header()
                                .description("attachment, with the document's file name")
                                .schema(new StringSchema()))
                        .content(new Content().addMediaType(route.format().mediaType(),
                                new MediaType().schema(schema(route))))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema schema(DocumentRoute route) {
        return switch (route.shape()) {
            case TEXT -> new StringSchema().description(route.format().wire().toUpperCase(java.util.Locale.ROOT) + " text, UTF-8");
            case BINARY -> new StringSchema().format("binary");
            case JSON -> new ObjectSchema().description("An OSCAL document (https://pages.nist.gov/OSCAL/), as JSON");
        };
    }
}
