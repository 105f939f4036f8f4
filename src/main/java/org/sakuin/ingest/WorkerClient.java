package org.sakuin.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sakuin.plan.PlanContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has files read by a worker process of its own ({@link ParseWorker}), one at a time, started when first needed.
 * A worker that dies, runs out of memory or takes longer than the time-out on a file fails that file with the reason
 * and is replaced by a new one for the next.
 */
final class WorkerClient implements PlanReading {

    private static final Logger log = LoggerFactory.getLogger(WorkerClient.class);
    /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY = 3;
    /** A worker loads Tika, the gazetteer and the classifier before it is ready: slow on a loaded machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final IngestSettings settings;
    /** Waits for the worker's replies, so that a reply that does not come can be given up on. */
    private final ExecutorService replies = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sakuin-worker-replies");
        t.setDaemon(true);
        return t;
    });
    private Process process;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;

    WorkerClient(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public PlanContent read(Request request) throws IngestException {
        start();
        WorkerFrames.Reply reply = await(() -> {
            WorkerFrames.write(toWorker, request);
            return WorkerFrames.read(fromWorker, WorkerFrames.Reply.class);
        }, settings.timeout(), "parse timed out after " + settings.timeout().toSeconds() + " s");
        if (reply.failure() != null) {
            throw new IngestException(reply.failure());
        }
        return reply.content();
    }

    private void start() throws IngestException {
        if (process != null && process.isAlive()) {
            return;
        }
        stop();
        try {
            process = new ProcessBuilder(WorkerLaunch.command(settings))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IngestException("cannot start a parse worker: " + e.getMessage(), e);
        }
        toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        await(() -> WorkerFrames.read(fromWorker, String.class), START_TIMEOUT,
                "parse worker did not start within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** What the worker answers within the time; a worker that does not, or is gone, is stopped. */
    private <T> T await(java.util.concurrent.Callable<T> exchange, Duration limit, String timedOut)
            throws IngestException {
        Future<T> answer = replies.submit(exchange);
        try {
            T reply = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw new IngestException(deathReason());
            }
            return reply;
        } catch (TimeoutException e) {
            stop();
            throw new IngestException(timedOut);
        } catch (ExecutionException e) {
            log.debug("parse worker failed", e.getCause());
            throw new IngestException(deathReason(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IngestException("interrupted", e);
        } finally {
            answer.cancel(true);
        }
    }

    /** Why the worker stopped answering (its input closed, its output ended); it is stopped for good. */
    private String deathReason() {
        Process gone = process;
        try {
            if (!gone.waitFor(5, TimeUnit.SECONDS)) {
                stop();
                return "parse worker stopped answering";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        int code = gone.isAlive() ? -1 : gone.exitValue();
        if (code == OUT_OF_MEMORY) {
            return "parse ran out of memory (limit " + settings.workerHeapMb() + " MB)";
        }
        return code > 128 ? "parse worker was killed (signal " + (code - 128) + ")"
                : "parse worker died (exit code " + code + ")";
    }

    /** Ends the worker, if any: the next file starts a new one. */
    private void stop() {
        if (process != null) {
            WorkerLaunch.end(process);
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try {
                toWorker.close(); // the worker ends at the end of its input
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                log.debug("closing a parse worker", e);
            }
        }
        stop();
        replies.shutdownNow();
    }
}
