package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs one at a time: the first at once, and after changes one more, however many files changed. */
class CorpusWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(300);

    @TempDir
    Path folder;

    @Test
    void changesDuringARunMakeOneMoreRunAfterIt() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Semaphore finished = new Semaphore(0);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        Runnable synchronize = () -> {
            if (runs.incrementAndGet() == 1) {
                await(firstMayEnd);
            }
            finished.release();
        };
        try (CorpusWatcher watcher = CorpusWatcher.start(folder, folder.resolve("index"), QUIET, synchronize)) {
            awaitFirstRun(runs); // the watches are set before it
            for (int i = 0; i < 20; i++) {
                Files.writeString(Files.createDirectories(folder.resolve("sub" + i % 3)).resolve(i + ".txt"), "計画");
            }
            firstMayEnd.countDown();

            assertThat(finished.tryAcquire(2, 30, TimeUnit.SECONDS)).as("the first run and one more").isTrue();
            assertThat(finished.tryAcquire(QUIET.toMillis() * 4, TimeUnit.MILLISECONDS)).as("a third run").isFalse();
            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void theIndexInsideTheFolderStartsNoRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Path index = folder.resolve("index");
        try (CorpusWatcher watcher = CorpusWatcher.start(folder, index, QUIET, runs::incrementAndGet)) {
            awaitFirstRun(runs);
            Files.writeString(Files.createDirectories(index).resolve("segments_2"), "commit");
            Thread.sleep(QUIET.toMillis() * 4);
            assertThat(runs).hasValue(1);
        }
    }

    private static void awaitFirstRun(AtomicInteger runs) throws InterruptedException {
        for (int i = 0; i < 300 && runs.get() == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(runs).as("the first run").hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
