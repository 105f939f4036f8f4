package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageSort;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.opensearch.OpenSearchCluster;
import org.sakuin.qa.Answer;
import org.sakuin.qa.QuestionAnsweringService;

/**
 * The same evaluation on both backends in one run: the judged queries' MRR and nDCG@10, the indicators extracted,
 * the answers to the development questions, the facet counts and the search aids. Prints the table the README
 * quotes; fails where the cluster's figures differ from the embedded index's by more than 0.01, or where a feature
 * answers differently.
 */
@Tag("cluster")
@ExtendWith(OpenSearchCluster.Extension.class)
class BackendParityTest {

    private static final double TOLERANCE = 0.01;
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final List<Path> CORPORA = List.of(Path.of("corpus"), Path.of("src/test/resources/extra-corpus"));

    @TempDir
    Path temp;

    @Test
    void rankingIsTheSameOnBothBackends(OpenSearchCluster cluster) throws IOException {
        Map<String, double[][]> table = new LinkedHashMap<>();
        table.put("dev-queries (seeds, 15)", compare(cluster, "parity-dev", List.of(SEEDS),
                Path.of("src/test/resources/eval/dev-queries.tsv")));
        table.put("extra-queries (corpus + extra corpus, 119)", compare(cluster, "parity-extra", CORPORA,
                Path.of("src/test/resources/eval/extra-queries.tsv")));
        System.out.printf("%n%-44s %9s %9s %9s %9s%n", "query set", "MRR emb", "MRR os", "nDCG emb", "nDCG os");
        table.forEach((set, s) -> System.out.printf("%-44s %9.3f %9.3f %9.3f %9.3f%n", set, s[0][0], s[1][0],
                s[0][1], s[1][1]));
        table.forEach((set, s) -> {
            assertThat(s[1][0]).as("MRR on the cluster, " + set).isCloseTo(s[0][0], Offset.offset(TOLERANCE));
            assertThat(s[1][1]).as("nDCG@10 on the cluster, " + set).isCloseTo(s[0][1], Offset.offset(TOLERANCE));
        });
    }

    @Test
    void indicatorsAnswersFacetsAndSearchAidsAreTheSameOnBothBackends(OpenSearchCluster cluster) throws IOException {
        try (PlanIndex embedded = ingested(IndexSettings.embedded(temp.resolve("seeds")), List.of(SEEDS));
             PlanIndex clustered = ingested(clusterSettings(cluster, "parity-seeds"), List.of(SEEDS))) {
            SearchService embeddedSearch = new SearchService(embedded);
            SearchService clusterSearch = new SearchService(clustered);

            // every indicator, each scoring alike: the backends list them in their own orders
            IndicatorList indicators = clusterSearch.indicators(IndicatorRequest.of("", 10_000));
            IndicatorList indicatorsHere = embeddedSearch.indicators(IndicatorRequest.of("", 10_000));
            assertThat(indicators.total()).isPositive().isEqualTo(indicatorsHere.total());
            assertThat(indicators.facets()).isEqualTo(indicatorsHere.facets());
            assertThat(indicators.indicators()).containsExactlyInAnyOrderElementsOf(indicatorsHere.indicators());
            assertThat(clusterSearch.indicators(IndicatorRequest.of("自治会", 20)))
                    .isEqualTo(embeddedSearch.indicators(IndicatorRequest.of("自治会", 20)));

            List<String[]> questions = RankingMetrics.judged(Path.of("src/test/resources/eval/dev-questions.tsv"));
            int same = 0;
            for (String[] question : questions) {
                Answer there = new QuestionAnsweringService(clusterSearch).ask(question[0]);
                Answer here = new QuestionAnsweringService(embeddedSearch).ask(question[0]);
                assertThat(there).as(question[0]).isEqualTo(here);
                same++;
            }
            System.out.printf("dev-questions: %d/%d answered alike on both backends; indicators: %d alike%n", same,
                    questions.size(), indicators.total());

            for (String query : List.of("連携", "自治会")) {
                SearchResults results = clusterSearch.search(SearchRequest.of(query, 10));
                assertThat(results).as(query).isEqualTo(embeddedSearch.search(SearchRequest.of(query, 10)));
                FacetCountsTest.assertFacetsExact(clusterSearch, query);
            }
            // no words: every passage scores alike, and the backends break the ties in their own orders
            SearchResults all = clusterSearch.search(SearchRequest.of("", 10));
            SearchResults allHere = embeddedSearch.search(SearchRequest.of("", 10));
            assertThat(all.total()).isEqualTo(allHere.total());
            assertThat(all.facets()).isEqualTo(allHere.facets());
            FacetCountsTest.assertFacetsExact(clusterSearch, "");
            SearchResults filtered = clusterSearch.search(new SearchRequest("計画",
                    new PassageFilter("旭川市", null, null, null, null, null), 0, 10));
            assertThat(filtered).isEqualTo(embeddedSearch.search(new SearchRequest("計画",
                    new PassageFilter("旭川市", null, null, null, null, null), 0, 10)));

            // a range of years narrows alike; by year, the same hits newest plan first (ties in their own orders)
            SearchRequest inRange = new SearchRequest("計画", PassageFilter.NONE.withYearRange(2020, 2024), 0, 10);
            assertThat(clusterSearch.search(inRange)).isEqualTo(embeddedSearch.search(inRange));
            SearchRequest byYear = new SearchRequest("計画", PassageFilter.NONE, 0, 500, Set.of(), PassageSort.YEAR);
            SearchResults newestThere = clusterSearch.search(byYear);
            SearchResults newestHere = embeddedSearch.search(byYear);
            assertThat(newestThere.total()).isPositive().isEqualTo(newestHere.total());
            assertThat(newestThere.facets()).isEqualTo(newestHere.facets());
            assertThat(newestThere.hits()).extracting(SearchHit::passageId).containsExactlyInAnyOrderElementsOf(
                    newestHere.hits().stream().map(SearchHit::passageId).toList());
            Map<String, Integer> firstYears = new HashMap<>();
            embedded.files().stream().filter(f -> f.document().metadata().period() != null).forEach(f ->
                    firstYears.put(f.document().id(), f.document().metadata().period().from().year()));
            assertThat(newestThere.hits()).extracting(h -> firstYears.getOrDefault(h.documentId(), Integer.MIN_VALUE))
                    .isSortedAccordingTo((a, b) -> Integer.compare(b, a));

            // a pasted paragraph would pass the cluster's clause limit: it is shortened and still finds its passage
            String snippet = embeddedSearch.search(SearchRequest.of("自治会", 1)).hits().getFirst().snippet()
                    .replaceAll("</?mark>", "").replaceAll("[\\s…「」\"()（）|-]+", " ").strip() + " ";
            String pasted = snippet.repeat(1 + SearchRequest.MAX_QUERY_CHARACTERS / snippet.length())
                    .substring(0, SearchRequest.MAX_QUERY_CHARACTERS);
            assertThat(clusterSearch.search(SearchRequest.of(pasted, 10)).total()).isPositive();

            assertThat(clusterSearch.suggest("じちかい", 5)).isEqualTo(embeddedSearch.suggest("じちかい", 5));
            assertThat(clusterSearch.search(SearchRequest.of("自治界", 10)).didYouMean())
                    .isNotNull().isEqualTo(embeddedSearch.search(SearchRequest.of("自治界", 10)).didYouMean());
            // the cluster's more_like_this picks its terms by its own statistics: alike in kind, not term for term
            SearchHit passage = embeddedSearch.search(SearchRequest.of("自治会", 1)).hits().getFirst();
            List<String> similarThere = clusterSearch.similarPassages(passage.passageId(), 5).stream()
                    .map(SearchHit::passageId).toList();
            List<String> similarHere = embeddedSearch.similarPassages(passage.passageId(), 5).stream()
                    .map(SearchHit::passageId).toList();
            assertThat(clusterSearch.similarPassages(passage.passageId(), 5)).isNotEmpty()
                    .noneMatch(h -> passage.municipality().equals(h.municipality()));
            assertThat(similarThere.stream().filter(similarHere::contains).count()).as("shared with %s", similarHere)
                    .isGreaterThanOrEqualTo(similarHere.size() / 2);
            // a hit read in its section: the same neighbours, in the same order
            assertThat(clusterSearch.passageContext(passage.passageId())).isPresent()
                    .isEqualTo(embeddedSearch.passageContext(passage.passageId()));
            assertThat(clusterSearch.passageContext("nothing#0")).isEmpty();

            for (IndicatorEntry indicator : indicatorsHere.indicators()) {
                List<String> likeHere = embeddedSearch.similarIndicators(indicator.id(), 5).stream()
                        .map(IndicatorEntry::id).toList();
                List<IndicatorEntry> likeThere = clusterSearch.similarIndicators(indicator.id(), 5);
                assertThat(likeThere.isEmpty()).as("similar to %s", indicator.name()).isEqualTo(likeHere.isEmpty());
                assertThat(likeThere).noneMatch(e -> indicator.municipality() != null
                        && indicator.municipality().equals(e.municipality()));
            }
            assertThat(clusterSearch.indicatorsNamedLike("自治会加入率", PassageFilter.NONE, 5)).extracting(IndicatorEntry::id)
                    .containsExactlyInAnyOrderElementsOf(embeddedSearch.indicatorsNamedLike("自治会加入率",
                            PassageFilter.NONE, 5).stream().map(IndicatorEntry::id).toList());
        }
    }

    /** MRR and nDCG@10 of the embedded index ([0]) and the cluster ([1]) on one judged set. */
    private double[][] compare(OpenSearchCluster cluster, String alias, List<Path> documents, Path judgments)
            throws IOException {
        List<String[]> judged = RankingMetrics.judged(judgments);
        try (PlanIndex embedded = ingested(IndexSettings.embedded(temp.resolve(alias)), documents);
             PlanIndex clustered = ingested(clusterSettings(cluster, alias), documents)) {
            return new double[][] {RankingMetrics.mrrAndNdcg(new SearchService(embedded), judged),
                    RankingMetrics.mrrAndNdcg(new SearchService(clustered), judged)};
        }
    }

    /** An index of the documents, every one ingested. */
    static PlanIndex ingested(IndexSettings settings, List<Path> documents) throws IOException {
        PlanIndex index = PlanIndexes.openForWriting(settings);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            assertThat(ingest.ingest(documents, IngestListener.NONE).allIngested()).isTrue();
        }
        return index;
    }

    private static IndexSettings clusterSettings(OpenSearchCluster cluster, String alias) {
        return IndexSettings.opensearch(new IndexSettings.Cluster(cluster.nodeUris(), alias, null, null));
    }
}
