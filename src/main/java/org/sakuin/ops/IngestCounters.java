package org.sakuin.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.sakuin.ingest.FileOutcome;
import org.sakuin.ingest.IngestListener;

/**
 * Counts every file an ingest of the server looks at, by outcome ({@value #FILES}: ingested, unchanged,
 * failed), and the passages indexed ({@value #PASSAGES}). All outcomes are there from the start, at 0, so that a
 * rate of failures is defined before the first one.
 */
final class IngestCounters implements IngestListener {

    static final String FILES = "sakuin.ingest.files";
    static final String PASSAGES = "sakuin.ingest.passages";

    private final Map<FileOutcome.Status, Counter> files = new EnumMap<>(FileOutcome.Status.class);
    private final Counter passages;

    IngestCounters(MeterRegistry meters) {
        for (FileOutcome.Status status : FileOutcome.Status.values()) {
            files.put(status, Counter.builder(FILES).description("Files an ingest looked at, by what became of them")
                    .tag("outcome", status.name().toLowerCase()).register(meters));
        }
        passages = Counter.builder(PASSAGES).description("Passages indexed from ingested files").register(meters);
    }

    @Override
    public void fileDone(Path file, FileOutcome outcome) {
        files.get(outcome.status()).increment();
        passages.increment(outcome.passages());
    }
}
