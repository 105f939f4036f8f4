package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sakuin.SakuinProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the server's corpus folder ingested: on start-up, and then whenever files are copied into it, changed or
 * deleted ({@link CorpusWatcher}), in the background (the UI is usable meanwhile, searching what is indexed so far),
 * new and changed files are ingested and deleted ones removed.
 */
@Component
class CorpusSynchronizer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusSynchronizer.class);
    /** A file copied in is read once nothing happened in the folder for this long: it is whole by then. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final IngestService ingest;
    private final Path corpus;
    private final Path index;
    private CorpusWatcher watcher;

    CorpusSynchronizer(IngestService ingest, SakuinProperties properties) {
        this.ingest = ingest;
        this.corpus = properties.corpus();
        this.index = properties.index();
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void synchronizeInBackground() throws IOException {
        if (!Files.isDirectory(corpus)) {
            log.info("no corpus folder at {}: serving the index as it is", corpus.toAbsolutePath());
            return;
        }
        watcher = CorpusWatcher.start(corpus, index, QUIET, this::synchronize);
    }

    private void synchronize() {
        try {
            IngestReport report = ingest.synchronize(corpus, new IngestListener() {
                private int total;
                private int done;

                @Override
                public void started(int files) {
                    total = files;
                    log.info("checking {} files in {}", files, corpus);
                }

                @Override
                public void fileDone(Path file, FileOutcome outcome) {
                    done++;
                    switch (outcome.status()) {
                        case INGESTED -> log.info("[{}/{}] {}: {} passages", done, total, file, outcome.passages());
                        case UNCHANGED -> log.debug("[{}/{}] {}: unchanged", done, total, file);
                        case FAILED -> log.warn("[{}/{}] {}: {}", done, total, file, outcome.reason());
                    }
                }
            });
            log.info("corpus ready: {} ingested, {} unchanged, {} failed, {} removed in {} ms", report.ingested(),
                    report.unchanged(), report.failures().size(), report.removed(), report.millis());
        } catch (Exception e) {
            log.error("corpus ingest of {} failed", corpus, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
