package org.sakuin.ingest;

/** A file that cannot be ingested, with a reason a person can act on. */
final class IngestException extends Exception {

    IngestException(String reason) {
        super(reason);
    }

    IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
