package org.sakuin.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.sakuin.ingest.FileOutcome;
import org.sakuin.ingest.IngestListener;

/**
 * The jobs of this server's life, kept in memory so the page shows them after a reload: every queued or running
 * one, and the last {@link #KEPT} ended ones.
 */
final class JobBoard {

    static final int KEPT = 100;

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Clock clock;

    JobBoard(Clock clock) {
        this.clock = clock;
    }

    synchronized Job add(Job.Kind kind, String who, List<String> files) {
        Job job = Job.queued(UUID.randomUUID().toString(), kind, who, clock.instant(), files);
        jobs.put(job.id(), job);
        forgetOldest();
        return job;
    }

    synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    synchronized List<Job> all() {
        List<Job> all = new ArrayList<>(jobs.values());
        return all.reversed();
    }

    synchronized Job update(String id, UnaryOperator<Job> change) {
        return jobs.compute(id, (key, job) -> change.apply(job));
    }

    /**
     * @param failure    why the job as a whole failed, else null
     * @param unrecorded a problem with its audit, else null
     */
    synchronized Job end(String id, String failure, String unrecorded) {
        Job ended = update(id, job -> {
            Job over = job.ended(clock.instant(), failure);
            return unrecorded == null ? over : over.withError(unrecorded);
        });
        forgetOldest();
        return ended;
    }

    /** Follows a job's ingest into its record. */
    IngestListener listener(String id) {
        return new IngestListener() {
            @Override
            public void started(int files) {
                update(id, job -> job.started(files));
            }

            @Override
            public void fileDone(Path file, FileOutcome outcome) {
                update(id, job -> job.fileDone(file.getFileName().toString(), outcome));
            }
        };
    }

    /** Drops the oldest ended jobs beyond {@link #KEPT}; one queued or running is never dropped. */
    private void forgetOldest() {
        long ended = jobs.values().stream().filter(Job::over).count();
        for (Iterator<Job> oldest = jobs.values().iterator(); ended > KEPT && oldest.hasNext(); ) {
            if (oldest.next().over()) {
                oldest.remove();
                ended--;
            }
        }
    }
}
