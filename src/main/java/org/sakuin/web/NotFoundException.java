package org.sakuin.web;

/** Something the request names does not exist: answered with 404 by {@link ApiErrors}. */
final class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
