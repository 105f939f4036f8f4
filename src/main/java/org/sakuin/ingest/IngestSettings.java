package org.sakuin.ingest;

import java.time.Duration;

/** Limits that keep one bad file from stalling or exhausting an ingest. */
public record IngestSettings(long maxFileBytes, Duration parseTimeout) {

    public static final IngestSettings DEFAULTS = new IngestSettings(200L * 1024 * 1024, Duration.ofSeconds(120));
}
