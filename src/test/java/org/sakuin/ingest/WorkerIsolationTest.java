package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanMetadata;

/**
 * Files read in worker processes: one that kills, exhausts or outlasts its worker fails with the reason, and the
 * next file is read by a new worker. Starts JVMs, so it runs in the slower phase.
 */
@Tag("rendering")
class WorkerIsolationTest {

    private static final Path GOOD = Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt");

    @TempDir
    static Path folder;

    /** A plan of 1.3 million characters: seconds of work in any worker, far more than the tests allow it. */
    private static Path slow;

    @BeforeAll
    static void makeASlowFile() throws IOException {
        slow = HostileFiles.oneLongLine(folder.resolve("slow.txt"), 4_000_000);
    }

    private static PlanReading.Request request(Path file) {
        return new PlanReading.Request(file.toString(), file.getFileName().toString(), "hash", PlanMetadata.UNKNOWN);
    }

    @Test
    void aWorkerReadsAsThisJvmDoes() throws IngestException {
        try (WorkerClient worker = new WorkerClient(IngestSettings.DEFAULTS);
             PlanReader here = new PlanReader(IngestSettings.IN_PROCESS, true)) {
            PlanContent read = worker.read(request(GOOD));
            assertThat(read).isEqualTo(here.read(request(GOOD)));
            assertThat(read.passages()).isNotEmpty();
        }
    }

    @Test
    void aKilledWorkerFailsItsFileAndANewOneReadsTheNext() throws Exception {
        try (WorkerClient worker = new WorkerClient(IngestSettings.DEFAULTS)) {
            worker.read(request(GOOD)); // started and ready
            CompletableFuture<String> killed = CompletableFuture.supplyAsync(() -> failureOf(worker, slow));
            TimeUnit.MILLISECONDS.sleep(500);
            ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly); // the worker: nothing else
            assertThat(killed.get(30, TimeUnit.SECONDS)).isEqualTo("parse worker was killed (signal 9)");
            assertThat(worker.read(request(GOOD)).passages()).isNotEmpty();
        }
    }

    @Test
    void aFileThatOutlastsTheTimeOutFailsAndTheNextIsRead() throws Exception {
        try (WorkerClient worker = new WorkerClient(IngestSettings.DEFAULTS.withTimeout(Duration.ofSeconds(2)))) {
            long start = System.nanoTime();
            assertThat(failureOf(worker, slow)).isEqualTo("parse timed out after 2 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(worker.read(request(GOOD)).passages()).isNotEmpty();
        }
    }

    @Test
    void aFileThatExhaustsTheHeapFailsAndTheBatchGoesOn(@TempDir Path index) throws IOException {
        Path first = Files.copy(GOOD, folder.resolve("a-first.txt"));
        Path huge = HostileFiles.oneLongLine(folder.resolve("b-huge.txt"), 20_000_000);
        Path last = Files.copy(GOOD, folder.resolve("c-last.txt"));
        IngestSettings settings = IngestSettings.DEFAULTS.withThreads(1).withWorkerHeapMb(64)
                .withLimits(2_000, 100_000, 20_000_000);
        try (LuceneIndex archive = LuceneIndex.openForWriting(index);
             IngestService ingest = new IngestService(archive, settings)) {
            IngestReport report = ingest.ingest(List.of(first, huge, last), IngestListener.NONE);
            assertThat(report.failures()).containsExactly(
                    new IngestReport.Failure(huge, "parse ran out of memory (limit 64 MB)"));
            assertThat(report.ingested()).isEqualTo(2);
            assertThat(archive.files()).hasSize(2);
            assertThat(Searches.phrase(archive, "洋上風力発電")).isNotEmpty();
        }
    }

    @Test
    void theReasonsOfAWorkerAreThoseOfThisJvm() throws IOException {
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        try (WorkerClient worker = new WorkerClient(IngestSettings.DEFAULTS)) {
            assertThat(failureOf(worker, empty)).isEqualTo("empty file");
        }
    }

    private static String failureOf(WorkerClient worker, Path file) {
        try {
            worker.read(request(file));
            return "read";
        } catch (IngestException e) {
            return e.getMessage();
        }
    }
}
