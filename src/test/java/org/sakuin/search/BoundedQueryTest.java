package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** Queries whose synonyms would expand past what a search can hold still answer: the expansion is bounded. */
class BoundedQueryTest {

    @TempDir
    Path plans;
    @TempDir
    Path folder;

    @Test
    void sixTimesASynonymWordAndFiveQuotedSynonymsFindTheirPassage() throws IOException {
        Files.writeString(plans.resolve("a.txt"), "第1章 移住・定住\n移住と定住の促進、UIJターンの支援を進めます。\n");
        try (PlanIndex index = PlanIndexes.openForWriting(IndexSettings.embedded(folder));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(plans), IngestListener.NONE);
            SearchService search = new SearchService(index);

            assertThat(search.search(SearchRequest.of("移住 移住 移住 移住 移住 移住", 10)).total()).isOne();
            assertThat(search.search(SearchRequest.of("\"移住\" \"定住\" \"移住\" \"定住\" \"移住\"", 10)).total()).isOne();
            assertThat(search.search(SearchRequest.of("移住 定住 UIJターン 支援 促進 移住", 10)).total()).isOne();
        }
    }
}
