package nl.eisenwijzer.api;

/**
 * A change to a tender without the version it was made on ({@code If-Match}): refused with 428, since saving it
 * could silently overwrite what someone else saved in between.
 */
final class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException(String message) {
        super(message);
    }
}
