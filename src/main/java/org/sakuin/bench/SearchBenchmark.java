package org.sakuin.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.plan.PlanContent;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;

/**
 * Sakuin's search against bare Lucene on the same synthetic archive, in the same process and alternating query by
 * query, so that noise from other work on the machine falls on both alike. A search here is what a user waits for:
 * the first page with its facets, snippets and did-you-mean. Indexes already in the work folder are reused, so that
 * two builds can be compared on the very same index.
 */
public final class SearchBenchmark {

    private final SyntheticArchive archive;
    private final List<String> queries;
    private final Path work;
    private final int rounds;
    private final PrintStream out;
    /** A cluster to time beside the embedded index, on an index of the same plans; null for none. */
    private final IndexSettings.Cluster cluster;

    public SearchBenchmark(SyntheticArchive archive, List<String> queries, Path work, int rounds, PrintStream out,
                           IndexSettings.Cluster cluster) {
        this.archive = archive;
        this.queries = queries;
        this.work = work;
        this.rounds = rounds;
        this.out = out;
        this.cluster = cluster;
    }

    /** The queries as typed, then two-word queries made of the first words of two of them. */
    public static List<String> withPairs(List<String> single) {
        List<String> all = new ArrayList<>(single);
        for (int i = 0; i < single.size(); i++) {
            String other = single.get((i + single.size() / 2) % single.size());
            all.add(firstWord(single.get(i)) + " " + firstWord(other));
        }
        return all;
    }

    private static String firstWord(String query) {
        return query.strip().split("\\s+")[0];
    }

    public void run(int passages) throws IOException {
        List<PlanContent> plans = archive.copies(passages);
        int written = plans.stream().mapToInt(p -> p.passages().size()).sum();
        out.printf("== %,d passages (%,d written: %d plans) ==%n", passages, written, plans.size());
        Path sakuinFolder = work.resolve("sakuin-" + passages);
        Path bareFolder = work.resolve("bare-" + passages);
        String sakuinIngest = buildIfMissing(sakuinFolder, () -> {
            try (LuceneIndex index = LuceneIndex.openForWriting(sakuinFolder)) {
                plans.parallelStream().forEach(index::replace);
                index.commit();
            }
        });
        String bareIngest = buildIfMissing(bareFolder, () -> BareLuceneSearch.write(bareFolder, plans));
        out.printf("ingest          sakuin %s   bare lucene %s%n", sakuinIngest, bareIngest);
        IndexSettings clustered = cluster == null ? null : IndexSettings.opensearch(new IndexSettings.Cluster(
                cluster.nodes(), cluster.index() + "-" + passages, cluster.user(), cluster.password(), cluster.shards()));
        if (clustered != null) {
            out.printf("ingest          cluster %s%n", buildOnClusterIfMissing(clustered, plans));
        }
        out.printf("index on disk   sakuin %,d MB   bare lucene %,d MB%n", megabytes(sakuinFolder), megabytes(bareFolder));
        Timings ours = new Timings();
        Timings repeated = new Timings();
        Timings theirs = new Timings();
        Timings onCluster = new Timings();
        long heap = 0;
        try (BareLuceneSearch bare = BareLuceneSearch.open(bareFolder);
             PlanIndex clusterIndex = clustered == null ? null : PlanIndexes.openForReading(clustered)) {
            SearchService clusterSearch = clusterIndex == null ? null : new SearchService(clusterIndex);
            for (int round = 0; round <= rounds; round++) {
                // round 0 warms the JIT and the OS caches and is not counted; every round opens the index anew, so
                // that its searches are new to it: the cache of recent results is timed apart, by asking again
                boolean counted = round > 0;
                try (LuceneIndex index = LuceneIndex.openForReading(sakuinFolder)) {
                    SearchService sakuin = new SearchService(index);
                    for (String query : queries) {
                        ours.time(counted, () -> sakuin.search(SearchRequest.of(query, 10)));
                        repeated.time(counted, () -> sakuin.search(SearchRequest.of(query, 10)));
                        theirs.time(counted, () -> bare.search(query));
                        if (clusterSearch != null) {
                            onCluster.time(counted, () -> clusterSearch.search(SearchRequest.of(query, 10)));
                        }
                    }
                    heap = heapInUse();
                }
            }
            out.printf("search (%d queries × %d rounds; first page, facets, snippets, did-you-mean)%n",
                    queries.size(), rounds);
            out.println("  sakuin        " + ours.summary());
            out.println("  bare lucene   " + theirs.summary());
            out.printf("  ratio         p50 %.1fx  p95 %.1fx  p99 %.1fx%n", ours.p(0.50) / theirs.p(0.50),
                    ours.p(0.95) / theirs.p(0.95), ours.p(0.99) / theirs.p(0.99));
            out.println("  sakuin, asked again (recent results kept)  " + repeated.summary());
            if (clusterSearch != null) {
                out.println("  sakuin on the cluster " + onCluster.summary());
            }
            out.printf("heap in use     %,d MB (both indexes open, after GC)%n", heap);
        }
    }

    /** The archive written to the cluster, unless its alias already names an index (then it is reused). */
    private static String buildOnClusterIfMissing(IndexSettings settings, List<PlanContent> plans) throws IOException {
        try (PlanIndex existing = PlanIndexes.openForReading(settings)) {
            return "(reused " + settings.cluster().index() + ")";
        } catch (IOException none) {
            long start = System.nanoTime();
            try (PlanIndex index = PlanIndexes.openForWriting(settings)) {
                plans.parallelStream().forEach(index::replace);
                index.commit();
            }
            return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
        }
    }

    private static long heapInUse() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private interface Build {
        void run() throws IOException;
    }

    private static String buildIfMissing(Path folder, Build build) throws IOException {
        if (Files.isDirectory(folder)) {
            return "(reused " + folder.getFileName() + ")";
        }
        long start = System.nanoTime();
        build.run();
        return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static long megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() >> 20;
        }
    }
}
