package org.sakuin.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one ingest run.
 *
 * @param failures every file that could not be ingested, with its reason; the others were ingested
 * @param removed  index entries dropped because their file is gone
 */
public record IngestReport(int ingested, int unchanged, int passages, List<Failure> failures, int removed,
                           long millis) {

    public record Failure(Path file, String reason) {
    }

    public boolean allIngested() {
        return failures.isEmpty();
    }
}
