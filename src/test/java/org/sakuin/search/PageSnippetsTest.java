package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageHit;
import org.sakuin.index.PassageQuery;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** Only the hits of the page shown are highlighted, and with the snippets a search of all of them would give. */
class PageSnippetsTest {

    @TempDir
    Path temp;

    @Test
    void thePageHasTheSnippetsOfHighlightingEveryHit() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(temp.resolve("index"));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus")), IngestListener.NONE);
            SearchResults page = new SearchService(index).search(SearchRequest.of("地域 連携", 10));
            QuerySyntax.Parsed parsed = QuerySyntax.parse("地域 連携");
            Map<String, String> highlighted = index.search(new PassageQuery(parsed.required(), parsed.excluded(),
                    PassageFilter.NONE, 40)).hits().stream()
                    .collect(Collectors.toMap(PassageHit::passageId, PassageHit::snippet));

            assertThat(page.hits()).hasSize(10).allSatisfy(hit -> assertThat(hit.snippet()).contains("<mark>")
                    .isEqualTo(highlighted.get(hit.passageId())));
        }
    }
}
