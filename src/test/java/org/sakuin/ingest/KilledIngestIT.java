package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexCensus;

/**
 * {@code sakuin.jar ingest} killed with SIGKILL at random moments (a fixed seed) loses nothing committed: after each
 * kill Lucene's CheckIndex finds the index sound, every plan committed before is there whole, a search works, and
 * every few kills an ingest run to the end leaves exactly what a clean ingest does — the same documents with the same
 * passages and indicators, none lost, none twice.
 * <p>
 * Each round starts from a committed index of half the plans, some in an older version, and ingests all of them:
 * kills land while files are read, while they are written and during the final commit.
 */
@Tag("e2e")
class KilledIngestIT {

    private static final int KILLS = 20;
    private static final int KILLS_A_ROUND = 5;
    private static final long SEED = 13;
    /**
     * A safety net, not a measure: each kill starts a JVM, and a machine whose two cores other builds share took 15
     * minutes where an idle one takes a few.
     */
    private static final Duration BUDGET = Duration.ofMinutes(30);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
    private static final Predicate<String> STARTED = line -> line.endsWith(" files to look at");
    private static final Predicate<String> FILE_DONE = line -> line.startsWith("[");

    @TempDir
    Path work;

    @Test
    void killedAtRandomMomentsItLosesNothingCommittedAndARunToTheEndMatchesACleanIngest() throws Exception {
        long start = System.nanoTime();
        Path plans = work.resolve("plans");
        CrashCorpus.copy(CrashCorpus.BUNDLED, plans.resolve("bundled"));
        CrashCorpus.copy(CrashCorpus.EXTRA, plans.resolve("extra"));
        Path copy = plans.resolve("copy");
        Files.createDirectories(copy);
        for (Path file : CrashCorpus.plans(CrashCorpus.EXTRA)) {
            Files.copy(file, copy.resolve(file.getFileName().toString()));
        }
        List<Path> changing = CrashCorpus.files(copy).stream().filter(f -> f.toString().endsWith(".txt")).toList();
        IndexCensus base = baseIndex(plans, changing);
        IndexCensus clean = CrashCorpus.ingestHere(List.of(plans), work.resolve("clean"));
        assertThat(clean.sound()).isTrue();
        assertThat(clean.documents()).hasSizeGreaterThan(base.documents().size());

        Random random = new Random(SEED);
        Path index = work.resolve("killed");
        CrashCorpus.reset(index, work.resolve("base"));
        Tally tally = new Tally();
        while (tally.kills < KILLS) {
            assertThat(System.nanoTime() - start).as("%d kills within %s", KILLS, BUDGET).isLessThan(BUDGET.toNanos());
            boolean killed = killAtRandom(index, plans, random, tally);
            IndexCensus census = IndexCensus.of(index);
            boolean complete = census.lostAgainst(clean) == 0 && census.duplicatedAgainst(clean) == 0;
            if (killed) {
                tally.afterKill(census, base, clean, CrashCorpus.searchable(index), complete);
            }
            if (killed && tally.kills % KILLS_A_ROUND == 0) {
                try (SakuinJar ingest = SakuinJar.start("ingest", "--index", index.toString(), plans.toString())) {
                    assertThat(ingest.awaitExit(RUN_LIMIT)).as(ingest.tail()).isZero();
                }
                tally.afterRecovery(IndexCensus.of(index), clean);
            }
            if (complete || (killed && tally.kills % KILLS_A_ROUND == 0)) {
                CrashCorpus.reset(index, work.resolve("base")); // the next kill has plans to ingest again
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "crash test (CLI ingest): %d kills (%d aimed at the final commit, %d after it),"
                        + " %d corrupt,"
                        + " %d lost, %d duplicated, %d half-written, %d unsearchable; %d recoveries matched a clean"
                        + " ingest of %d documents (%d passages); %.0f s%n", tally.kills, tally.aimedAtCommit, tally.afterCommit,
                tally.corrupt, tally.lost, tally.duplicated, tally.halfWritten, tally.unsearchable, tally.recoveries,
                clean.documents().size(), clean.passageTotal(), seconds);
        assertThat(tally.problems).isEmpty();
        assertThat(tally.recoveries).isEqualTo(KILLS / KILLS_A_ROUND);
    }

    /** Half the plans committed, the changing ones in an older, shorter version, which the kills then replace. */
    private IndexCensus baseIndex(Path plans, List<Path> changing) throws IOException {
        List<byte[]> full = new ArrayList<>();
        for (Path file : changing) {
            byte[] bytes = Files.readAllBytes(file);
            full.add(bytes);
            // cut at a line's end: a Shift_JIS file stays Shift_JIS
            int cut = Math.max(1, indexOf(bytes, (byte) '\n', bytes.length / 2));
            Files.write(file, Arrays.copyOf(bytes, cut));
        }
        List<Path> half = new ArrayList<>(changing);
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("bundled", "extra")) {
            all.addAll(CrashCorpus.plans(plans.resolve(folder)));
        }
        for (int i = 0; i < all.size(); i += 2) {
            half.add(all.get(i));
        }
        IndexCensus base = CrashCorpus.ingestHere(half, work.resolve("base"));
        for (int i = 0; i < changing.size(); i++) {
            Files.write(changing.get(i), full.get(i));
        }
        return base;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return from;
    }

    /**
     * Starts an ingest and kills it once it has done a random number of files, a moment later; in a quarter of the
     * runs after the last file, during the final commit. False when the ingest ended before the kill.
     */
    private static boolean killAtRandom(Path index, Path plans, Random random, Tally tally) throws Exception {
        try (SakuinJar ingest = SakuinJar.start("ingest", "--index", index.toString(), plans.toString())) {
            if (!ingest.await(STARTED, 1, RUN_LIMIT)) {
                return false;
            }
            String started = ingest.first(STARTED);
            int files = Integer.parseInt(started.substring(0, started.indexOf(' ')));
            boolean inCommit = random.nextInt(4) == 0;
            int done = inCommit ? files : random.nextInt(files);
            ingest.await(FILE_DONE, done, RUN_LIMIT);
            Thread.sleep(inCommit ? random.nextInt(2_000) : random.nextInt(300));
            boolean killed = ingest.kill();
            if (killed && inCommit) {
                tally.aimedAtCommit++;
            }
            return killed;
        }
    }

    /** What the kills and recoveries found; each problem is kept with the kill it followed. */
    private static final class Tally {
        int kills;
        int aimedAtCommit;
        int afterCommit;
        int corrupt;
        int lost;
        int duplicated;
        int halfWritten;
        int unsearchable;
        int recoveries;
        final List<String> problems = new ArrayList<>();

        void afterKill(IndexCensus killed, IndexCensus base, IndexCensus clean, boolean searchable, boolean complete) {
            kills++;
            if (complete) {
                afterCommit++;
            }
            if (!killed.committed() || !killed.sound()) {
                corrupt++;
                problems.add("kill " + kills + ": index unsound or without its commit: " + killed.problems());
            }
            int lostCommitted = 0;
            int half = 0;
            for (String document : killed.documents()) {
                if (!sameAs(killed, base, document) && !sameAs(killed, clean, document)) {
                    half++;
                }
            }
            for (String document : base.documents()) {
                if (!killed.documents().contains(document)) {
                    lostCommitted++;
                }
            }
            count(lostCommitted, half, killed.duplicates().size(), searchable);
        }

        private void count(int lostCommitted, int half, int twice, boolean searchable) {
            lost += lostCommitted;
            halfWritten += half;
            duplicated += twice;
            if (!searchable) {
                unsearchable++;
            }
            if (lostCommitted + half + twice > 0 || !searchable) {
                problems.add("kill " + kills + ": " + lostCommitted + " committed documents lost, " + half
                        + " half-written, " + twice + " records twice, searchable " + searchable);
            }
        }

        void afterRecovery(IndexCensus recovered, IndexCensus clean) {
            int lostNow = recovered.lostAgainst(clean);
            int twice = recovered.duplicatedAgainst(clean);
            lost += lostNow;
            duplicated += twice;
            if (!recovered.sound() || lostNow + twice > 0) {
                problems.add("recovery after kill " + kills + ": sound " + recovered.sound() + ", " + lostNow
                        + " documents lost, " + twice + " duplicated or unknown");
            } else {
                recoveries++;
            }
        }

        private static boolean sameAs(IndexCensus killed, IndexCensus version, String document) {
            return killed.passages().get(document).equals(version.passages().get(document))
                    && killed.indicators().getOrDefault(document, 0)
                    .equals(version.indicators().getOrDefault(document, 0));
        }
    }
}
