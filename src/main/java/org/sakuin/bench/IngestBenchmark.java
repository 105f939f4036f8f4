package org.sakuin.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageHit;
import org.sakuin.index.PassageQuery;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestReport;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/**
 * How fast an ingest is, against bare Lucene, in one run: the files are ingested by Sakuin (extraction, structure,
 * indicators, classification, every field and the vocabulary, on all cores) into a temporary index, then the
 * passage texts it produced are indexed by {@link BareLuceneIngest}. Both are timed to their commit and given in
 * MB (of the source files), files and passages per second, after an untimed ingest of the same files has warmed the
 * JVM up.
 */
public final class IngestBenchmark {

    private static final double MB = 1024.0 * 1024.0;
    /** Sakuin's ingest runs a file per core ({@link IngestSettings#DEFAULTS}), and so does Tika alone. */
    private static final int THREADS = IngestSettings.DEFAULTS.threads();

    private IngestBenchmark() {
    }

    /** One side's figures: the files and bytes read, the passages indexed, the seconds it took. */
    record Measure(int files, long bytes, int passages, double seconds) {

        String line(String name) {
            String perFile = String.format(Locale.ROOT, "%-12s %7.2f s  %6.3f MB/s  %7.1f files/s", name, seconds,
                    bytes / MB / seconds, files / seconds);
            return passages == 0 ? perFile : perFile + String.format(Locale.ROOT, "  %8.1f passages/s",
                    passages / seconds);
        }
    }

    record Result(Measure sakuin, Measure bareLucene, Measure tikaAlone) {

        double ratio() {
            return bareLucene.seconds() / sakuin.seconds();
        }

        double ratioToTika() {
            return tikaAlone.seconds() / sakuin.seconds();
        }
    }

    /** Runs the benchmark over the files and folders and prints its figures. */
    public static Result run(List<Path> sources, PrintStream out) throws IOException {
        Path work = Files.createTempDirectory("sakuin-ingest-bench");
        try {
            Result result = measure(sources, work);
            out.printf(Locale.ROOT, "ingest: %d files, %.2f MB, %d passages%n", result.sakuin().files(),
                    result.sakuin().bytes() / MB, result.sakuin().passages());
            out.println(result.sakuin().line("sakuin"));
            out.println(result.bareLucene().line("bare lucene"));
            out.println(result.tikaAlone().line("tika alone"));
            out.printf(Locale.ROOT, "sakuin at %.2fx the speed of bare Lucene (%s), %.2fx the speed of Tika alone (%s)%n",
                    result.ratio(), "indexing the passages on one thread", result.ratioToTika(),
                    "text of the files on " + THREADS + " threads");
            return result;
        } finally {
            deleteTree(work);
        }
    }

    static Result measure(List<Path> sources, Path work) throws IOException {
        warmUp(sources, work.resolve("warm-up"));
        try (LuceneIndex index = LuceneIndex.openForWriting(work.resolve("sakuin"));
             IngestService ingest = new IngestService(index)) {
            long start = System.nanoTime();
            IngestReport report = ingest.ingest(sources, IngestListener.NONE);
            double sakuinSeconds = secondsSince(start);
            long bytes = index.files().stream().mapToLong(f -> size(Path.of(f.document().path()))).sum();
            List<String> texts = passageTexts(index, report.passages());
            start = System.nanoTime();
            int baselinePassages = BareLuceneIngest.index(texts, work.resolve("bare"));
            double bareSeconds = secondsSince(start);
            List<Path> files = index.files().stream().map(f -> Path.of(f.document().path())).toList();
            start = System.nanoTime();
            TikaAloneExtract.extract(files, THREADS);
            double tikaSeconds = secondsSince(start);
            return new Result(new Measure(report.ingested(), bytes, report.passages(), sakuinSeconds),
                    new Measure(report.ingested(), bytes, baselinePassages, bareSeconds),
                    new Measure(files.size(), bytes, 0, tikaSeconds));
        }
    }

    /**
     * One untimed ingest first, so that both sides are timed on a JVM whose compiler has seen the work: the baseline
     * already ran on a JVM Sakuin had warmed up, and on a long ingest the first seconds of compiling do not count.
     */
    private static void warmUp(List<Path> sources, Path folder) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder); IngestService ingest = new IngestService(index)) {
            ingest.ingest(sources, IngestListener.NONE);
        }
    }

    private static List<String> passageTexts(LuceneIndex index, int passages) {
        PassageQuery all = new PassageQuery(List.of(), List.of(), PassageFilter.NONE, Math.max(1, passages));
        return index.search(all).hits().stream().map(PassageHit::text).toList();
    }

    private static double secondsSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
