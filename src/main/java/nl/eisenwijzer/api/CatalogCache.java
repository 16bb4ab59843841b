package nl.eisenwijzer.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import nl.eisenwijzer.catalog.Catalog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional GETs for the catalogue's resources. What they give is fixed for as long as the server runs on one
 * catalogue, so the ETag is a hash of the catalogue's digest (SHA-256 over its files, the digest every PvE
 * fingerprint carries), the API version (which fixes the representation's shape) and what was asked (path, the
 * canonical query and the media type): each page, filter and format has its own tag, and a catalogue update
 * gives every resource a new one. The tag is known before the body is made, so a 304 costs no rendering.
 */
final class CatalogCache {

    /**
     * Any cache may keep it (nothing in it is personal or secret) for an hour: long enough to spare the server a
     * tender tool's repeated reads, short enough that an update of the catalogue is seen the same day.
     */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private CatalogCache() {
    }

    /** The strong ETag, quoted, of one representation of a catalogue resource. */
    static String etag(Catalog catalog, String path, String mediaType) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {catalog.digest(), ApiVersionFilter.VERSION, path, mediaType}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "\"" + HexFormat.of().formatHex(sha.digest()) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * 304 without a body when the request's If-None-Match names the tag; otherwise the response, made only then,
     * with the tag. Both carry Cache-Control, so a cache that revalidated keeps the resource for another hour.
     */
    static <T> ResponseEntity<T> respond(WebRequest request, String etag, Supplier<ResponseEntity<T>> response) {
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        ResponseEntity<T> made = response.get();
        return ResponseEntity.status(made.getStatusCode()).headers(made.getHeaders()).eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).body(made.getBody());
    }
}
