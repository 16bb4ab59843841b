package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.eisenwijzer.api.Link;

/**
 * Where a paged list goes on: this page, the first and the last, and the pages before and after it. {@code previous}
 * is left out on the first page and {@code next} on the last, so a client pages by following {@code next} until
 * there is none.
 */
@JsonPropertyOrder({"self", "first", "previous", "next", "last"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"self", "first", "last"})
record PageLinks(Link self, Link first, Link previous, Link next, Link last) {
}
