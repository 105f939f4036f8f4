package org.sakuin.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakuin.index.PassageFilter;

/**
 * What the search page shows: the words typed and the facet values ticked. It lives in the page's address
 * with the parameter names of {@code /api/search} ({@code ?q=連携&municipality=入間市&municipality=旭川市&fy=2024}),
 * so a search with its selections can be bookmarked and shared.
 *
 * @param selected    per facet dimension (see {@link #DIMENSIONS}), the values ticked; absent means none
 * @param synonymsOff synonym groups not to expand the words with
 */
record SearchState(String query, Map<String, List<String>> selected, List<String> synonymsOff) {

    /** The address parameter naming a synonym group (by its first word) the reader switched off. */
    static final String SYNONYMS_OFF = "nosyn";

    /** The facets a reader narrows by, in sidebar order, with their labels. */
    static final Map<String, String> DIMENSIONS = dimensions();

    SearchState {
        query = query == null ? "" : query.strip();
        selected = ticked(selected);
        synonymsOff = synonymsOff == null ? List.of() : synonymsOff.stream().filter(s -> !s.isBlank()).distinct().toList();
    }

    static SearchState of(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        return new SearchState(all.getOrDefault("q", List.of("")).getFirst(), all,
                all.getOrDefault(SYNONYMS_OFF, List.of()));
    }

    List<String> selected(String dimension) {
        return selected.getOrDefault(dimension, List.of());
    }

    boolean hasSelection() {
        return !selected.isEmpty();
    }

    /** The same words with one value ticked or unticked. */
    SearchState with(String dimension, String value, boolean ticked) {
        Map<String, List<String>> changed = new LinkedHashMap<>(selected);
        List<String> values = new ArrayList<>(selected(dimension));
        values.remove(value);
        if (ticked) {
            values.add(value);
        }
        changed.put(dimension, values);
        return new SearchState(query, changed, synonymsOff);
    }

    /** Other words with the same selections: a respelt query keeps what the reader ticked. */
    SearchState withQuery(String words) {
        return new SearchState(words, selected, synonymsOff);
    }

    SearchState withoutSelection() {
        return new SearchState(query, Map.of(), synonymsOff);
    }

    /** The same search with one synonym group switched on or off. */
    SearchState withSynonyms(String group, boolean applied) {
        List<String> off = new ArrayList<>(synonymsOff);
        off.remove(group);
        if (!applied) {
            off.add(group);
        }
        return new SearchState(query, selected, off);
    }

    /** Values within a facet are OR-ed, facets AND-ed. A year that is not a number (a hand-edited address) is ignored. */
    PassageFilter filter() {
        List<Integer> years = selected("fy").stream().filter(y -> y.matches("[0-9]{4}")).map(Integer::valueOf).toList();
        return new PassageFilter(selected("municipality"), selected("prefecture"), selected("planType"),
                null, years, selected("area"));
    }

    QueryParameters parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of(query));
        parameters.putAll(selected);
        if (!synonymsOff.isEmpty()) {
            parameters.put(SYNONYMS_OFF, synonymsOff);
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
