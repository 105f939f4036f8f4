package org.sakuin.ingest;

import java.time.Duration;

/**
 * Limits that keep one bad file from stalling or exhausting an ingest, and how many files are read at once.
 *
 * @param threads      files ingested at the same time, each by its own reader into the one index writer
 * @param timeout      the longest one file may take; in a worker process it covers all the work on the file
 *                     (reading, structure, indicators, classification), in-process only Tika's parse
 * @param isolated     whether each thread reads its files in a worker process of its own ({@link ParseWorker}),
 *                     which a file may kill or exhaust without harm to the server or the rest of the batch
 * @param workerHeapMb the heap of a worker process, in MiB: a file that needs more fails
 * @param maxFileBytes the largest file read at all
 * @param maxPages     the most pages of a PDF or other paged document
 * @param maxCells     the most table or spreadsheet cells of one file
 * @param maxChars     the most characters of text read from one file; reading stops there and the file fails
 */
public record IngestSettings(int threads, Duration timeout, boolean isolated, int workerHeapMb, long maxFileBytes,
                             int maxPages, int maxCells, int maxChars) {

    /** What the server and the command line use: each file read in a worker process. */
    public static final IngestSettings DEFAULTS = new IngestSettings(Runtime.getRuntime().availableProcessors(),
            Duration.ofSeconds(120), true, 1024, 200L * 1024 * 1024, 2_000, 100_000, 2_000_000);

    /**
     * The same limits, read in this JVM: for tests that ingest many small trusted files, where starting worker
     * processes would cost more than the files.
     */
    public static final IngestSettings IN_PROCESS = DEFAULTS.inProcess();

    public IngestSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (timeout.isNegative() || timeout.isZero() || workerHeapMb < 64 || maxFileBytes < 1 || maxPages < 1
                || maxCells < 1 || maxChars < 1) {
            throw new IllegalArgumentException("ingest limits must be positive (worker heap at least 64 MB)");
        }
    }

    public IngestSettings withThreads(int count) {
        return new IngestSettings(count, timeout, isolated, workerHeapMb, maxFileBytes, maxPages, maxCells, maxChars);
    }

    public IngestSettings inProcess() {
        return new IngestSettings(threads, timeout, false, workerHeapMb, maxFileBytes, maxPages, maxCells, maxChars);
    }

    public IngestSettings withTimeout(Duration limit) {
        return new IngestSettings(threads, limit, isolated, workerHeapMb, maxFileBytes, maxPages, maxCells, maxChars);
    }

    public IngestSettings withWorkerHeapMb(int megabytes) {
        return new IngestSettings(threads, timeout, isolated, megabytes, maxFileBytes, maxPages, maxCells, maxChars);
    }

    public IngestSettings withMaxFileBytes(long bytes) {
        return new IngestSettings(threads, timeout, isolated, workerHeapMb, bytes, maxPages, maxCells, maxChars);
    }

    public IngestSettings withLimits(int pages, int cells, int chars) {
        return new IngestSettings(threads, timeout, isolated, workerHeapMb, maxFileBytes, pages, cells, chars);
    }
}
