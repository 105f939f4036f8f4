package org.sakuin.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest jobs one at a time on one thread, in the order queued (two ingests at once would only share the same
 * readers), following each into its record on the {@link JobBoard} and writing each file's outcome to the audit log
 * as the job ends.
 */
final class JobRunner implements AutoCloseable {

    /** An ingest of a job's, told where to report its progress. */
    interface IngestRun {
        IngestReport run(IngestListener listener) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobBoard board;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sakuin-admin-jobs").daemon().factory());

    JobRunner(AuditLog audit, Clock clock) {
        this.board = new JobBoard(clock);
        this.audit = audit;
        this.clock = clock;
    }

    Job submit(Job.Kind kind, String who, List<String> files, IngestRun work) {
        Job job = board.add(kind, who, files);
        thread.execute(() -> run(job.id(), work));
        return job;
    }

    /** Adds a problem to a job's record (one with its audit, say). */
    Job note(String id, String problem) {
        return board.update(id, job -> job.withError(problem));
    }

    List<Job> all() {
        return board.all();
    }

    Optional<Job> get(String id) {
        return board.get(id);
    }

    private void run(String id, IngestRun work) {
        board.update(id, job -> job.started(job.total()));
        String failure = null;
        try {
            work.run(board.listener(id));
        } catch (IOException | RuntimeException e) {
            log.warn("admin job {} failed", id, e);
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        // the outcome is in the audit log before the job shows as ended: whoever sees it end can read it there
        String unrecorded = null;
        try {
            recordOutcome(board.get(id).orElseThrow().ended(clock.instant(), failure));
        } catch (UncheckedIOException e) {
            unrecorded = "監査ログに書けません: " + e.getMessage();
        }
        board.end(id, failure, unrecorded);
    }

    /** Each file's outcome; for a re-ingest or synchronize, which name no files beforehand, the run's too. */
    private void recordOutcome(Job job) {
        for (Job.FileProgress file : job.files()) {
            audit.append(new AuditEntry(clock.instant(), job.who(), "ingest", file.file(), file.summary()));
        }
        if (job.kind() != Job.Kind.UPLOAD) {
            audit.append(new AuditEntry(clock.instant(), job.who(),
                    job.kind() == Job.Kind.REINGEST ? "reingest" : "synchronize", job.files().size() + " 件",
                    job.summary()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
