package org.sakuin.thumbnail;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sakuin.ingest.WorkerLaunch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has pages rendered by a {@link RenderWorker} process, started when first needed and kept for the next page. A
 * page that fails, takes longer than the time-out or ends the worker (its heap exhausted) is not rendered; a worker
 * that is gone is replaced for the next page. Not thread-safe: its owner renders one page at a time.
 */
final class RenderProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RenderProcess.class);
    /** Enough for a page of images at thumbnail size, with subsampling; a page that needs more fails. */
    private static final int HEAP_MB = 384;

    private final Duration timeout;
    private Process process;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;

    /** @param timeout the longest a page may take, the start of a new worker included */
    RenderProcess(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Renders page {@code index} (from 0) of {@code pdf} into {@code png}: false if that page cannot be rendered.
     *
     * @throws IOException if no worker can be started, which is no fault of the page's
     */
    boolean render(Path pdf, int index, Path png) throws IOException {
        if (process == null || !process.isAlive()) {
            start();
        }
        FutureTask<String> reply = new FutureTask<>(() -> {
            toWorker.writeUTF(pdf.toString());
            toWorker.writeInt(index);
            toWorker.writeUTF(png.toString());
            toWorker.flush();
            return fromWorker.readUTF();
        });
        // the exchange in a thread of its own, so that a reply that does not come can be given up on
        Thread.ofVirtual().name("sakuin-thumbnail-reply").start(reply);
        try {
            String answer = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!answer.equals(RenderWorker.OK)) {
                log.warn("page {} of {} cannot be drawn as a thumbnail: {}", index + 1, pdf, answer);
            }
            return answer.equals(RenderWorker.OK);
        } catch (TimeoutException e) {
            log.warn("page {} of {} took longer than {} s to draw as a thumbnail", index + 1, pdf, timeout.toSeconds());
        } catch (ExecutionException e) {
            log.warn("the thumbnail worker ended while drawing page {} of {} (its heap of {} MB exhausted?)",
                    index + 1, pdf, HEAP_MB, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new InterruptedIOException("interrupted while page " + (index + 1) + " of " + pdf + " was drawn");
        } finally {
            reply.cancel(true);
        }
        stop();
        return false;
    }

    private void start() throws IOException {
        stop();
        process = new ProcessBuilder(WorkerLaunch.command(RenderWorker.class, HEAP_MB))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /** Ends the worker, if any: the next page starts a new one. */
    private void stop() {
        if (process != null) {
            WorkerLaunch.end(process);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
