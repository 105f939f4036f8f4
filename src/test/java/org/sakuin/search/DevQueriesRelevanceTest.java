package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/**
 * The development gold set (../shared/eval/dev-queries.tsv, copied to src/test/resources/eval) over the seed
 * texts: prints every query's rank and the MRR and nDCG@10, and fails below the issue's MRR target of 0.9.
 */
class DevQueriesRelevanceTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path QUERIES = Path.of("src/test/resources/eval/dev-queries.tsv");

    @TempDir
    static Path indexFolder;
    private static LuceneIndex index;
    private static SearchService search;

    @BeforeAll
    static void ingestSeeds() throws IOException {
        index = LuceneIndex.openForWriting(indexFolder);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            assertThat(ingest.ingest(List.of(SEEDS), IngestListener.NONE).allIngested()).isTrue();
        }
        search = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void devQueriesFindTheirDocumentsFirst() throws IOException {
        double rrSum = 0;
        double ndcgSum = 0;
        List<String[]> judged = judgedQueries();
        for (String[] row : judged) {
            List<String> relevant = Arrays.asList(row[1].split(","));
            List<String> ranked = RankingMetrics.rankedFiles(search, row[0]);
            double rr = RankingMetrics.reciprocalRank(ranked, relevant);
            double ndcg = RankingMetrics.ndcg(ranked, relevant);
            rrSum += rr;
            ndcgSum += ndcg;
            System.out.printf("%-16s rr=%.2f ndcg=%.2f top=%s%n", row[0], rr, ndcg,
                    ranked.subList(0, Math.min(3, ranked.size())));
        }
        double mrr = rrSum / judged.size();
        System.out.printf("dev-queries: MRR %.3f nDCG@10 %.3f over %d queries%n", mrr, ndcgSum / judged.size(),
                judged.size());
        assertThat(mrr).as("MRR on dev-queries.tsv").isGreaterThanOrEqualTo(0.9);
    }


    private static List<String[]> judgedQueries() throws IOException {
        return Files.readAllLines(QUERIES).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .skip(1)
                .map(line -> line.split("\t"))
                .toList();
    }
}
