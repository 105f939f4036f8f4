package org.sakuin.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageSort;

/**
 * What the search page shows: the words typed, the facet values ticked, the range of years, the order and the page.
 * It lives in the page's address with the parameter names of {@code /api/search}
 * ({@code ?q=連携&municipality=入間市&municipality=旭川市&fy=2024&fyFrom=2020&sort=year&page=2}), so a search with its
 * selections can be bookmarked and shared; {@link AddressCheck} reads it from the address.
 *
 * @param selected    per facet dimension (see {@link #DIMENSIONS}), the values ticked; absent means none
 * @param synonymsOff synonym groups not to expand the words with
 * @param years       the range of fiscal years, either end open
 * @param page        the page of hits, from 1
 */
record SearchState(String query, Map<String, List<String>> selected, List<String> synonymsOff, YearRange years,
                   PassageSort sort, int page) {

    /** The address parameter naming a synonym group (by its first word) the reader switched off. */
    static final String SYNONYMS_OFF = "nosyn";
    static final String SORT = "sort";
    static final String PAGE = "page";
    static final String YEAR_FROM = "fyFrom";
    static final String YEAR_TO = "fyTo";

    /** The facets a reader narrows by, in sidebar order, with their labels. */
    static final Map<String, String> DIMENSIONS = dimensions();

    /** A range of fiscal years; null for an open end. */
    record YearRange(Integer from, Integer to) {

        static final YearRange ALL = new YearRange(null, null);

        boolean isSet() {
            return from != null || to != null;
        }
    }

    SearchState {
        query = query == null ? "" : query.strip();
        selected = ticked(selected);
        synonymsOff = synonymsOff == null ? List.of() : synonymsOff.stream().filter(s -> !s.isBlank()).distinct().toList();
        years = years == null ? YearRange.ALL : years;
        sort = sort == null ? PassageSort.RELEVANCE : sort;
        page = Math.max(1, page);
    }

    /** New words, nothing selected, best first, the first page. */
    SearchState(String query) {
        this(query, Map.of(), List.of(), YearRange.ALL, PassageSort.RELEVANCE, 1);
    }

    List<String> selected(String dimension) {
        return selected.getOrDefault(dimension, List.of());
    }

    /** Whether anything narrows the hits: a ticked value or a range of years. */
    boolean hasSelection() {
        return !selected.isEmpty() || years.isSet();
    }

    /** The same words with one value ticked or unticked, from the first page. */
    SearchState with(String dimension, String value, boolean ticked) {
        Map<String, List<String>> changed = new LinkedHashMap<>(selected);
        List<String> values = new ArrayList<>(selected(dimension));
        values.remove(value);
        if (ticked) {
            values.add(value);
        }
        changed.put(dimension, values);
        return new SearchState(query, changed, synonymsOff, years, sort, 1);
    }

    /** Other words with the same selections: a respelt query keeps what the reader ticked. */
    SearchState withQuery(String words) {
        return new SearchState(words, selected, synonymsOff, years, sort, 1);
    }

    SearchState withoutSelection() {
        return new SearchState(query, Map.of(), synonymsOff, YearRange.ALL, sort, 1);
    }

    /** The same search with one synonym group switched on or off. */
    SearchState withSynonyms(String group, boolean applied) {
        List<String> off = new ArrayList<>(synonymsOff);
        off.remove(group);
        if (!applied) {
            off.add(group);
        }
        return new SearchState(query, selected, off, years, sort, 1);
    }

    SearchState withYears(YearRange range) {
        return new SearchState(query, selected, synonymsOff, range, sort, 1);
    }

    SearchState withSort(PassageSort order) {
        return new SearchState(query, selected, synonymsOff, years, order, 1);
    }

    SearchState withPage(int number) {
        return new SearchState(query, selected, synonymsOff, years, sort, number);
    }

    /** Values within a facet are OR-ed, facets AND-ed; the years are checked ({@link AddressCheck}). */
    PassageFilter filter() {
        List<Integer> fiscalYears = selected("fy").stream().map(Integer::valueOf).toList();
        return new PassageFilter(selected("municipality"), selected("prefecture"), selected("planType"),
                null, fiscalYears, selected("area"), years.from(), years.to());
    }

    /** The address: the parameters that differ from a plain search only. */
    QueryParameters parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of(query));
        parameters.putAll(selected);
        if (years.from() != null) {
            parameters.put(YEAR_FROM, List.of(years.from().toString()));
        }
        if (years.to() != null) {
            parameters.put(YEAR_TO, List.of(years.to().toString()));
        }
        if (!synonymsOff.isEmpty()) {
            parameters.put(SYNONYMS_OFF, synonymsOff);
        }
        if (sort != PassageSort.RELEVANCE) {
            parameters.put(SORT, List.of(sort.parameter()));
        }
        if (page > 1) {
            parameters.put(PAGE, List.of(String.valueOf(page)));
        }
        return new QueryParameters(parameters);
    }

    /** The known dimensions' values, without blanks and repeats; other parameters are not facets. */
    private static Map<String, List<String>> ticked(Map<String, List<String>> parameters) {
        Map<String, List<String>> ticked = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS.keySet()) {
            List<String> values = parameters.getOrDefault(dimension, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
            if (!values.isEmpty()) {
                ticked.put(dimension, values);
            }
        }
        return ticked;
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("area", "政策分野");
        dimensions.put("municipality", "自治体");
        dimensions.put("prefecture", "都道府県");
        dimensions.put("planType", "計画の種類");
        dimensions.put("fy", "年度");
        return dimensions;
    }
}
