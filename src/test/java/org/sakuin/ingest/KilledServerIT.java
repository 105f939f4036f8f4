package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexCensus;

/**
 * {@code sakuin.jar serve --corpus} killed with SIGKILL while it ingests files copied into its corpus folder: after
 * each kill the index is sound, holds every plan it held before whole, and is searchable; restarted, the server goes
 * on, and once it has caught up the index holds exactly what a clean ingest of the folder does.
 */
@Tag("e2e")
class KilledServerIT {

    private static final int KILLS = 6;
    private static final int FILES_A_BATCH = 5;
    private static final long SEED = 13;
    /** A safety net, as in {@link KilledIngestIT}: each kill starts a server. */
    private static final Duration BUDGET = Duration.ofMinutes(25);
    private static final Duration STEP_LIMIT = Duration.ofMinutes(4);
    private static final Predicate<String> RUN_STARTED = line -> line.contains("checking ") && line.contains(" files in ");
    private static final Predicate<String> RUN_DONE = line -> line.contains("corpus ready: ");
    private static final Pattern FILE_LINE = Pattern.compile(".*\\[\\d+/\\d+] .*: \\d+ passages$");
    private static final Predicate<String> FILE_DONE = line -> FILE_LINE.matcher(line).matches();

    @TempDir
    Path work;

    @Test
    void killedWhileIngestingCopiedFilesItLosesNothingCommittedAndCatchesUpToACleanIngest() throws Exception {
        long start = System.nanoTime();
        Path corpus = CrashCorpus.copy(CrashCorpus.BUNDLED, work.resolve("corpus"));
        List<Path> plans = CrashCorpus.plans(CrashCorpus.EXTRA);
        List<List<Path>> batches = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            List<Path> batch = new ArrayList<>();
            for (int i = 0; i < FILES_A_BATCH; i++) {
                batch.add(plans.get((round * FILES_A_BATCH + i) % plans.size()));
            }
            batches.add(batch);
        }
        for (int round = 0; round < KILLS; round++) {
            copyBatch(batches.get(round), corpus.resolve("batch-" + round));
        }
        IndexCensus clean = CrashCorpus.ingestHere(List.of(corpus), work.resolve("clean"));
        for (int round = 0; round < KILLS; round++) {
            CrashCorpus.delete(corpus.resolve("batch-" + round)); // copied in again while the server runs
        }

        Path index = work.resolve("index");
        Random random = new Random(SEED);
        Set<String> committed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int kills = 0;
        int aimedAtCommit = 0;
        for (int round = 0; round < KILLS; round++) {
            assertThat(System.nanoTime() - start).as("%d kills within %s", KILLS, BUDGET).isLessThan(BUDGET.toNanos());
            try (SakuinJar server = serve(corpus, index)) {
                server.await(RUN_DONE, 1, STEP_LIMIT); // the start-up run, catching up after the last kill
                int filesBefore = server.count(FILE_DONE);
                copyBatch(batches.get(round), corpus.resolve("batch-" + round));
                server.await(RUN_STARTED, 2, STEP_LIMIT);
                int done = random.nextInt(FILES_A_BATCH + 1);
                server.await(FILE_DONE, filesBefore + done, STEP_LIMIT);
                Thread.sleep(done == FILES_A_BATCH ? random.nextInt(2_000) : random.nextInt(300));
                if (server.kill()) {
                    kills++;
                    aimedAtCommit += done == FILES_A_BATCH ? 1 : 0;
                }
            }
            IndexCensus killed = IndexCensus.of(index);
            problems.addAll(afterKill(round, killed, clean, committed, CrashCorpus.searchable(index)));
            committed.addAll(killed.documents());
        }
        try (SakuinJar server = serve(corpus, index)) {
            server.await(RUN_DONE, 1, STEP_LIMIT);
            server.stop(Duration.ofSeconds(60));
        }
        IndexCensus recovered = IndexCensus.of(index);
        int lost = recovered.lostAgainst(clean);
        int duplicated = recovered.duplicatedAgainst(clean);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "crash test (server, files copied into its corpus): %d kills (%d aimed at the"
                        + " final commit), %d problems after the kills, recovered: sound %s, %d lost, %d duplicated"
                        + " against a clean ingest of %d documents (%d passages); %.0f s%n", kills, aimedAtCommit,
                problems.size(), recovered.sound(), lost, duplicated, clean.documents().size(),
                clean.passageTotal(), seconds);
        assertThat(problems).isEmpty();
        assertThat(kills).isGreaterThanOrEqualTo(5);
        assertThat(recovered.sound()).isTrue();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
    }

    private static SakuinJar serve(Path corpus, Path index) throws IOException {
        return SakuinJar.start("serve", "--index", index.toString(), "--corpus", corpus.toString(), "--port", "0");
    }

    /** Copies plan files into a new sub-folder of the corpus, as someone adding plans to a running server would. */
    private static void copyBatch(List<Path> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName().toString()));
        }
    }

    /** Unsound, lost, half-written or twice-stored plans, and an index that cannot be searched. */
    private static List<String> afterKill(int round, IndexCensus killed, IndexCensus clean, Set<String> committed,
                                          boolean searchable) {
        List<String> problems = new ArrayList<>();
        if (!killed.committed() || !killed.sound()) {
            problems.add("kill " + round + ": unsound or without a commit " + killed.problems());
        }
        Set<String> lost = new HashSet<>(committed);
        lost.removeAll(killed.documents());
        if (!lost.isEmpty()) {
            problems.add("kill " + round + ": committed documents lost " + lost);
        }
        for (String document : killed.documents()) {
            if (!killed.passages().get(document).equals(clean.passages().get(document))
                    || !killed.indicators().getOrDefault(document, 0).equals(clean.indicators().getOrDefault(document, 0))) {
                problems.add("kill " + round + ": " + document + " half-written or unknown");
            }
        }
        if (!killed.duplicates().isEmpty()) {
            problems.add("kill " + round + ": records twice " + killed.duplicates());
        }
        if (!searchable) {
            problems.add("kill " + round + ": the index cannot be searched");
        }
        return problems;
    }
}
