package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.SearchProfile;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/**
 * Sakuin's search against two baselines in one run — Lucene's stock JapaneseAnalyzer on the text alone, and
 * CJK bigrams alone — on the development queries over the seeds and the extra judged queries over the corpus
 * and the synthetic plans. Prints the table the README quotes; fails unless Sakuin reaches MRR 0.9 on both
 * sets and beats both baselines on the hard cases.
 */
class RelevanceComparisonTest {

    /** A judged query set; {@code hard} when it is made of the cases the baselines are known to miss. */
    private record QuerySet(String name, List<Path> documents, Path judgments, boolean hard) {
    }

    private static final List<QuerySet> SETS = List.of(
            new QuerySet("dev-queries (seeds, 15)", List.of(Path.of("src/test/resources/seeds")),
                    Path.of("src/test/resources/eval/dev-queries.tsv"), false),
            new QuerySet("extra-queries (corpus + extra corpus, 119)",
                    List.of(Path.of("corpus"), Path.of("src/test/resources/extra-corpus")),
                    Path.of("src/test/resources/eval/extra-queries.tsv"), true));

    @TempDir
    Path temp;

    @Test
    void sakuinBeatsStockKuromojiAndBigramsOnBothQuerySets() throws IOException {
        for (QuerySet set : SETS) {
            Map<SearchProfile, double[]> scores = new EnumMap<>(SearchProfile.class);
            for (SearchProfile profile : SearchProfile.values()) {
                scores.put(profile, evaluate(set, profile));
            }
            System.out.printf("%n%s%n%-16s %6s %8s%n", set.name(), "profile", "MRR", "nDCG@10");
            scores.forEach((profile, s) -> System.out.printf("%-16s %6.3f %8.3f%n", profile, s[0], s[1]));

            double[] sakuin = scores.get(SearchProfile.SAKUIN);
            assertThat(sakuin[0]).as("Sakuin MRR on " + set.name()).isGreaterThanOrEqualTo(0.9);
            if (set.hard()) {
                // the easy development set leaves no room between the three; the hard cases must
                for (SearchProfile baseline : List.of(SearchProfile.STOCK_KUROMOJI, SearchProfile.BIGRAM_ONLY)) {
                    assertThat(sakuin[0]).as("MRR over " + baseline).isGreaterThan(scores.get(baseline)[0]);
                    assertThat(sakuin[1]).as("nDCG@10 over " + baseline).isGreaterThan(scores.get(baseline)[1]);
                }
            }
        }
    }

    /** MRR and nDCG@10 of one profile on one query set. */
    private double[] evaluate(QuerySet set, SearchProfile profile) throws IOException {
        Path folder = Files.createTempDirectory(temp, profile.name());
        try (LuceneIndex index = LuceneIndex.openForWriting(folder, profile);
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(set.documents(), IngestListener.NONE);
            SearchService search = new SearchService(index);
            return RankingMetrics.mrrAndNdcg(search, RankingMetrics.judged(set.judgments()));
        }
    }

}
