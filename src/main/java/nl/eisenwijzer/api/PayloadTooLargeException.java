package nl.eisenwijzer.api;

import java.io.IOException;

/** A request body over the limit, detected while reading a body sent without a length. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
