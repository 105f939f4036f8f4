package org.sakuin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sakuin.bench.IngestBenchmark;
import org.sakuin.bench.SearchBenchmark;
import org.sakuin.bench.ServerLoadBenchmark;
import org.sakuin.bench.SyntheticArchive;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Times what a user waits for, on an existing index and a file of queries: a search (with its facets,
 * snippets and "did you mean"), and the suggestions after each character typed. Prints percentiles; the
 * first suggestion, which gathers the vocabulary, is reported on its own. With {@code --scale}, builds synthetic
 * archives of those sizes instead and compares Sakuin's search with bare Lucene's on them. With {@code --load},
 * times a server of its own on the index under concurrent users ({@link ServerLoadBenchmark}).
 */
@Command(name = "bench", description = {
        "Time searches and suggestions on an index. QUERIES: a text or TSV file, one query per line (first",
        "column; lines starting with # and a header row starting with 'query' are skipped).",
        "With --scale N,M…: build archives of N, M… passages from the plans of --plans (each copy of them",
        "in towns of generated names), and print for each size ingest time, index size, search p50/p95/p99",
        "of QUERIES and two-word pairs of them beside bare Lucene on the same passages, and the heap in use.",
        "  e.g. bench --scale 10000,100000 --work /tmp/bench   (1,000,000 only when asked: --scale 1000000)",
        "  With --opensearch URL also the same archive on that cluster (alias --opensearch-index-N, reused).",
        "With --ingest PATH,…: ingest those files and folders into a temporary index, then index the same",
        "passages with bare Lucene, and print MB/s, files/s and passages/s of both and their ratio.",
        "With --load: start `serve` on --index in a JVM of its own (-Xmx of --heap) on a free local port, and",
        "print its start to the first search, the first suggestion, then --clients users searching QUERIES",
        "and pairs for --seconds (after 5 s untimed): searches/s, p50/p95/p99/max, errors, and its RSS.",
        "  e.g. bench --load --index /tmp/b1m/sakuin-1000000 --clients 16 --seconds 60",
        "  With --ingest-during N: the server also watches a corpus folder of its own, into which N copies of",
        "  the plans of --plans are copied as the timed seconds begin; prints the files it ingested meanwhile,",
        "  and the answers that went wrong (fewer matches than before the load, a passage twice, or the",
        "  query's first hit before gone with no new plan in the answer).",
        "  e.g. bench --load --index /tmp/bundled --ingest-during 100 --plans src/test/resources/extra-corpus",
        "       src/test/resources/eval/dev-queries.tsv"})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--rounds", defaultValue = "5", description = "Times each query is run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--scale", split = ",", paramLabel = "PASSAGES",
            description = "Sizes of synthetic archives to build and compare with bare Lucene, e.g. 10000,100000.")
    List<Integer> scales;

    @Option(names = "--work", paramLabel = "DIR", description = "With --scale: where the archives' indexes are built"
            + " (default: a new temporary folder); indexes already there are reused, not rebuilt.")
    Path work;

    @Option(names = "--plans", split = ",", paramLabel = "DIR", defaultValue = "corpus,src/test/resources/extra-corpus",
            description = "With --scale or --ingest-during: the plans to copy (default: ${DEFAULT-VALUE}).")
    List<Path> plans;

    @Option(names = "--ingest", split = ",", paramLabel = "PATH",
            description = "Time ingest of these files and folders against bare Lucene instead of searching.")
    List<Path> ingest;

    @Option(names = "--load", description = "Load a server of its own on --index with concurrent users.")
    boolean load;

    @Option(names = "--clients", defaultValue = "16",
            description = "With --load: concurrent users (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60",
            description = "With --load: seconds timed (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--ingest-during", defaultValue = "0", paramLabel = "FILES",
            description = "With --load: copies of --plans to ingest while the users search (default: none).")
    int ingestDuring;

    @Option(names = "--heap", defaultValue = "1g",
            description = "With --load: the server's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Parameters(paramLabel = "QUERIES", arity = "0..1", defaultValue = "src/test/resources/eval/extra-queries.tsv",
            description = "Queries (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() throws Exception {
        if (ingest != null) {
            IngestBenchmark.run(ingest, System.out);
            return 0;
        }
        List<String> lines = queries(queries);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no queries in " + queries);
        }
        if (load) {
            if (!Files.isDirectory(index.folder)) {
                // the server opens its index for writing: a missing folder would become a new, empty index
                throw new IllegalArgumentException("no index at " + index.folder);
            }
            ServerLoadBenchmark.run(index.folder, SearchBenchmark.withPairs(lines),
                    ServerLoadBenchmark.Load.of(clients, seconds, heap).withIngest(ingestDuring, plans), System.out);
            return 0;
        }
        return scales == null ? benchIndex(lines) : benchScales(lines);
    }

    private int benchScales(List<String> lines) throws IOException {
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("sakuin-bench");
        SyntheticArchive archive = SyntheticArchive.of(plans);
        System.out.printf("plans of %s: %,d passages a copy; indexes in %s%n", plans, archive.passagesPerCopy(),
                folder);
        IndexSettings settings = index.settings();
        SearchBenchmark benchmark = new SearchBenchmark(archive, SearchBenchmark.withPairs(lines), folder, rounds,
                System.out, settings.backend() == IndexSettings.Backend.OPENSEARCH ? settings.cluster() : null);
        for (int passages : scales) {
            benchmark.run(passages);
        }
        return 0;
    }

    private int benchIndex(List<String> lines) throws IOException {
        try (PlanIndex archive = PlanIndexes.openForReading(index.settings())) {
            SearchService search = new SearchService(archive);
            long cold = System.nanoTime();
            search.suggest(lines.getFirst().substring(0, 1), 4);
            double vocabularyMillis = (System.nanoTime() - cold) / 1e6;
            List<Double> searches = new ArrayList<>();
            List<Double> keystrokes = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String query : lines) {
                    searches.add(millis(() -> search.search(SearchRequest.of(query, 10))));
                    for (int end = 1; end <= query.length(); end++) {
                        String typed = query.substring(0, end);
                        keystrokes.add(millis(() -> search.suggest(typed, 4)));
                    }
                }
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%d queries × %d rounds on %d files%n", lines.size(), rounds, search.files().size());
            System.out.printf("first suggestion (gathers the vocabulary): %.0f ms%n", vocabularyMillis);
            System.out.println(summary("search", searches));
            System.out.println(summary("suggest per keystroke", keystrokes));
            System.out.printf("heap in use: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            return 0;
        }
    }

    private static List<String> queries(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.split("\t")[0].strip())
                .filter(q -> !q.isEmpty() && !q.startsWith("#") && !q.equals("query")).toList();
    }

    private static double millis(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static String summary(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%-22s n=%-5d p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms", what, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
