package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageSort;
import org.sakuin.web.IndexedCorpusTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Hits by plan year and within a range of fiscal years, on the bundled corpus. */
@IndexedCorpusTest
class SearchOrderTest {

    @Autowired
    SearchService search;

    @Test
    void byYearTheNewestPlansComeFirstAndPagesFollowOnWithoutRepeats() {
        Map<String, Integer> firstYear = search.files().stream().filter(f -> f.document().metadata().period() != null)
                .collect(Collectors.toMap(f -> f.document().id(), f -> f.document().metadata().period().from().year()));
        SearchRequest all = new SearchRequest("計画", PassageFilter.NONE, 0, 200, Set.of(), PassageSort.YEAR);
        List<SearchHit> hits = search.search(all).hits();

        List<Integer> years = hits.stream().map(h -> firstYear.getOrDefault(h.documentId(), Integer.MIN_VALUE)).toList();
        assertThat(years).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(years.stream().distinct().count()).as("plans of more than one year").isGreaterThan(1);
        assertThat(hits.getFirst().documentId()).isNotEqualTo(search.search(SearchRequest.of("計画", 1)).hits()
                .getFirst().documentId());

        List<SearchHit> second = search.search(new SearchRequest("計画", PassageFilter.NONE, 20, 20, Set.of(),
                PassageSort.YEAR)).hits();
        assertThat(second).extracting(SearchHit::passageId)
                .containsExactlyElementsOf(hits.subList(20, 40).stream().map(SearchHit::passageId).toList());
    }

    @Test
    void aRangeOfOneYearFindsWhatTickingThatYearFindsAndAWiderRangeMore() {
        PassageFilter ticked = new PassageFilter(List.of(), List.of(), List.of(), List.of(), List.of(2024), List.of());
        int in2024 = search.search(new SearchRequest("計画", ticked, 0, 10)).total();
        int range2024 = search.search(new SearchRequest("計画", PassageFilter.NONE.withYearRange(2024, 2024), 0, 10))
                .total();
        int from2024 = search.search(new SearchRequest("計画", PassageFilter.NONE.withYearRange(2024, null), 0, 10))
                .total();
        int all = search.search(SearchRequest.of("計画", 10)).total();

        assertThat(range2024).isPositive().isEqualTo(in2024);
        assertThat(from2024).isGreaterThanOrEqualTo(range2024).isLessThanOrEqualTo(all);
        assertThat(search.search(new SearchRequest("計画", PassageFilter.NONE.withYearRange(1990, 1991), 0, 10)).total())
                .isZero();
    }

    @Test
    void everyHitIsExportedInThePagesOrderUpToTheLimit() {
        SearchRequest request = new SearchRequest("計画", PassageFilter.NONE, 40, 10, Set.of(), PassageSort.YEAR);
        SearchResults every = search.everyHit(request);

        assertThat(every.hits()).hasSize(Math.min(every.total(), SearchService.EXPORT_LIMIT)).hasSizeGreaterThan(40);
        assertThat(every.hits().subList(40, 50)).extracting(SearchHit::passageId).containsExactlyElementsOf(
                search.search(request).hits().stream().map(SearchHit::passageId).toList());
    }
}
