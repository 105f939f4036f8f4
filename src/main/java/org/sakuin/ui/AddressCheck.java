package org.sakuin.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sakuin.index.PassageSort;

/**
 * Reads the search page's address into a {@link SearchState}, leaving out what names nothing (a year {@code fy=abc},
 * a town the archive does not hold, {@code sort=xyz}) and saying so: a value left in would be shown ticked over hits
 * it did not narrow, or narrow them to nothing for a typo.
 */
final class AddressCheck {

    private static final String FOUR_DIGITS = "[0-9]{4}";

    /** The state to show, and what the address named that it leaves out, as a reader would say it. */
    record Checked(SearchState state, List<String> ignored) {
    }

    private final Map<String, Set<String>> known;

    /** @param known per facet dimension, the values the archive holds; dimensions not given are not checked */
    AddressCheck(Map<String, Set<String>> known) {
        this.known = known;
    }

    Checked read(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        List<String> ignored = new ArrayList<>();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        SearchState.DIMENSIONS.forEach((dimension, label) -> all.getOrDefault(dimension, List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().forEach(value -> {
                    if (holds(dimension, value)) {
                        kept.computeIfAbsent(dimension, d -> new ArrayList<>()).add(value);
                    } else {
                        ignored.add(label + "「" + value + "」");
                    }
                }));
        Integer from = year(all, SearchState.YEAR_FROM, "年度（から）", ignored);
        Integer to = year(all, SearchState.YEAR_TO, "年度（まで）", ignored);
        if (from != null && to != null && from > to) {
            ignored.add("年度の範囲「" + from + "〜" + to + "」（始まりが終わりより後）");
            from = null;
            to = null;
        }
        PassageSort sort = named(all, SearchState.SORT).map(name -> PassageSort.of(name).orElseGet(() -> {
            ignored.add("並び順「" + name + "」");
            return null;
        })).orElse(PassageSort.RELEVANCE);
        int page = named(all, SearchState.PAGE).map(number -> {
            if (number.matches("[1-9][0-9]{0,5}")) {
                return Integer.parseInt(number);
            }
            ignored.add("ページ「" + number + "」");
            return 1;
        }).orElse(1);
        SearchState state = new SearchState(named(all, "q").orElse(""), kept,
                all.getOrDefault(SearchState.SYNONYMS_OFF, List.of()), new SearchState.YearRange(from, to), sort, page);
        return new Checked(state, List.copyOf(ignored));
    }

    private boolean holds(String dimension, String value) {
        if (dimension.equals("fy")) {
            return value.matches(FOUR_DIGITS);
        }
        return !known.containsKey(dimension) || known.get(dimension).contains(value);
    }

    private static Integer year(Map<String, List<String>> all, String name, String label, List<String> ignored) {
        return named(all, name).map(value -> {
            if (value.matches(FOUR_DIGITS)) {
                return Integer.valueOf(value);
            }
            ignored.add(label + "「" + value + "」");
            return null;
        }).orElse(null);
    }

    /** The first non-blank value of a parameter. */
    private static Optional<String> named(Map<String, List<String>> all, String name) {
        return all.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst();
    }
}
