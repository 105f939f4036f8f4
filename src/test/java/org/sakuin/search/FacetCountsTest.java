package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PassageFilter;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** Facet counts equal the hits a filter on that value returns, with drill-sideways, and after re-ingest. */
class FacetCountsTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path temp;

    @Test
    void everyFacetCountEqualsTheHitsOfFilteringOnIt() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(temp.resolve("index"));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(CORPUS), IngestListener.NONE);
            assertFacetsExact(new SearchService(index), "連携");
            assertFacetsExact(new SearchService(index), "");
        }
    }

    @Test
    void filteringOnAMunicipalityStillCountsTheOtherMunicipalities() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(temp.resolve("index"));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(CORPUS), IngestListener.NONE);
            SearchService search = new SearchService(index);
            SearchResults all = search.search(SearchRequest.of("連携", 10));
            SearchResults iruma = search.search(new SearchRequest("連携",
                    new PassageFilter("入間市", null, null, null, null, null), 0, 10));

            assertThat(iruma.hits()).isNotEmpty().allMatch(h -> "入間市".equals(h.municipality()));
            assertThat(counts(iruma, "municipality")).isEqualTo(counts(all, "municipality"));
            assertThat(iruma.total()).isEqualTo(counts(all, "municipality").get("入間市"));
        }
    }

    @Test
    void countsStayExactAfterAChangedFileIsIngestedAgain() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("plans"));
        Path plan = Files.copy(CORPUS.resolve("hokuto_jisshikeikaku_r6.md"), folder.resolve("hokuto.md"));
        try (LuceneIndex index = LuceneIndex.openForWriting(temp.resolve("index"));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(folder), IngestListener.NONE);
            SearchService search = new SearchService(index);
            int before = search.search(SearchRequest.of("計画", 10)).total();

            Files.writeString(plan, "\n\n## 5 追加の章\n\n計画の見直しについて記載します。\n", StandardOpenOption.APPEND);
            ingest.ingest(List.of(folder), IngestListener.NONE);

            SearchResults after = search.search(SearchRequest.of("計画", 10));
            assertThat(after.total()).isEqualTo(before + 1);
            assertFacetsExact(search, "計画");
        }
    }

    static void assertFacetsExact(SearchService search, String query) {
        SearchResults results = search.search(SearchRequest.of(query, 10));
        assertThat(results.total()).isPositive();
        for (FacetValue value : results.facets().get("municipality")) {
            assertThat(filtered(search, query, new PassageFilter(value.value(), null, null, null, null, null)))
                    .as("municipality %s", value.value()).isEqualTo(value.count());
        }
        for (FacetValue value : results.facets().get("area")) {
            assertThat(filtered(search, query, new PassageFilter(null, null, null, null, null, value.value())))
                    .as("area %s", value.value()).isEqualTo(value.count());
        }
        for (FacetValue value : results.facets().get("fy")) {
            int year = Integer.parseInt(value.value());
            assertThat(filtered(search, query, new PassageFilter(null, null, null, null, year, null)))
                    .as("fy %s", value.value()).isEqualTo(value.count());
        }
    }

    private static int filtered(SearchService search, String query, PassageFilter filter) {
        return search.search(new SearchRequest(query, filter, 0, 1)).total();
    }

    private static Map<String, Integer> counts(SearchResults results, String dimension) {
        return results.facets().get(dimension).stream()
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a));
    }
}
