package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.PlanIndex;
import org.sakuin.opensearch.OpenSearchCluster;

/**
 * The cluster ranks as the embedded index does: the passage priors, the other spellings and the headings' focus
 * ({@link RankingScenarios}) hold there too, and its hits are the embedded index's, hit for hit.
 */
@Tag("cluster")
@ExtendWith(OpenSearchCluster.Extension.class)
class RankingParityTest {

    @TempDir
    Path temp;

    @Test
    void theClusterRanksAndMarksAsTheEmbeddedIndex(OpenSearchCluster cluster) throws IOException {
        try (PlanIndex embedded = RankingScenarios.ingested(IndexSettings.embedded(temp.resolve("embedded")));
             PlanIndex clustered = RankingScenarios.ingested(IndexSettings.opensearch(
                     new IndexSettings.Cluster(cluster.nodeUris(), "ranking", null, null)))) {
            SearchService here = new SearchService(embedded);
            SearchService there = new SearchService(clustered);
            RankingScenarios.aPlansOwnSectionOutranksABulletinsMention(there);
            RankingScenarios.otherSpellingsOfAWordAreFoundAndMarked(there);
            RankingScenarios.homophonesWithOtherKanjiDoNotFindEachOther(there);
            for (String query : RankingScenarios.QUERIES) {
                assertThat(there.search(SearchRequest.of(query, 10))).as(query)
                        .isEqualTo(here.search(SearchRequest.of(query, 10)));
            }
        }
    }
}
