package org.sakuin.web;

import java.util.List;
import java.util.Set;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageSort;
import org.sakuin.search.SearchRequest;

/**
 * The query parameters of {@code /api/search} and its export, bound by Spring MVC so both read them the same way:
 * the words, paging, the order ({@code sort=relevance|year}), the facets (each may repeat: values OR-ed) and a range
 * of fiscal years ({@code fyFrom}, {@code fyTo}) and the synonym groups not applied ({@code nosyn}, each named by its
 * first word), as the search page's address names them.
 */
record SearchParams(String q, Integer limit, Integer offset, String sort, List<String> area,
                    List<String> municipality, List<String> prefecture, List<String> planType, List<String> plan,
                    List<Integer> fy, Integer fyFrom, Integer fyTo, List<String> nosyn) {

    static final int DEFAULT_LIMIT = 10;

    /** The page the parameters ask for. */
    SearchRequest page() {
        return request(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** The search whatever the paging parameters say: what an export holds. */
    SearchRequest all() {
        return request(0, 1);
    }

    private SearchRequest request(int from, int count) {
        PassageSort order = sort == null || sort.isBlank() ? PassageSort.RELEVANCE : PassageSort.of(sort.strip())
                .orElseThrow(() -> new IllegalArgumentException("sort must be relevance or year"));
        PassageFilter filter = new PassageFilter(municipality, prefecture, planType, plan, fy, area, fyFrom, fyTo);
        return new SearchRequest(q, filter, from, count, nosyn == null ? null : Set.copyOf(nosyn), order);
    }
}
