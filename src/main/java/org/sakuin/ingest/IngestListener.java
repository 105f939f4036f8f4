package org.sakuin.ingest;

import java.nio.file.Path;

/** Follows an ingest file by file, e.g. to draw a progress bar or write a log. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** Called once the files to look at are known. */
    default void started(int files) {
    }

    default void fileDone(Path file, FileOutcome outcome) {
    }
}
