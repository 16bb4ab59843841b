package nl.eisenwijzer.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler that answers with an ETag and Cache-Control and gives 304 to a matching If-None-Match
 * ({@link CatalogCache}). {@link ConditionalGetDocumentation} writes the headers and the 304 into the OpenAPI
 * document from this mark, so that the ten catalogue operations do not each repeat them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ConditionalGet {
}
