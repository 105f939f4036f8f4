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

    /** This listener, then the other, told of each step. */
    default IngestListener andThen(IngestListener next) {
        IngestListener first = this;
        return new IngestListener() {
            @Override
            public void started(int files) {
                first.started(files);
                next.started(files);
            }

            @Override
            public void fileDone(Path file, FileOutcome outcome) {
                first.fileDone(file, outcome);
                next.fileDone(file, outcome);
            }
        };
    }
}
