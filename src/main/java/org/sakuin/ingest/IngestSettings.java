package org.sakuin.ingest;

import java.time.Duration;

/**
 * Limits that keep one bad file from stalling or exhausting an ingest, and how many files are read at once.
 *
 * @param threads files ingested at the same time, each by its own reader into the one index writer
 */
public record IngestSettings(long maxFileBytes, Duration parseTimeout, int threads) {

    public static final IngestSettings DEFAULTS = new IngestSettings(200L * 1024 * 1024, Duration.ofSeconds(120),
            Runtime.getRuntime().availableProcessors());

    public IngestSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public IngestSettings withThreads(int count) {
        return new IngestSettings(maxFileBytes, parseTimeout, count);
    }
}
