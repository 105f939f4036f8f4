package org.sakuin.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sakuin.index.PassageFilter;
import org.sakuin.search.IndicatorRequest;

/**
 * What the indicator explorer shows: words in the name and exact filters; null or blank means any. It lives in
 * the page's address with the parameter names of {@code /api/indicators}, so the downloads take it as it is.
 */
record IndicatorFilter(String query, String municipality, String kind, String unit, Integer fy) {

    static final IndicatorFilter ANY = new IndicatorFilter(null, null, null, null, null);

    IndicatorFilter {
        query = blankToNull(query);
        municipality = blankToNull(municipality);
        kind = blankToNull(kind);
        unit = blankToNull(unit);
    }

    static IndicatorFilter of(QueryParameters parameters) {
        return new IndicatorFilter(single(parameters, "q"), single(parameters, "municipality"),
                single(parameters, "kind"), single(parameters, "unit"), year(single(parameters, "fy")));
    }

    /** Other name words, the other filters kept: a respelt name. */
    IndicatorFilter withQuery(String words) {
        return new IndicatorFilter(words, municipality, kind, unit, fy);
    }

    IndicatorRequest request(int offset, int limit) {
        return new IndicatorRequest(query, new PassageFilter(municipality, null, null, null, fy, null), kind, unit,
                offset, limit);
    }

    /** The filters that are set, as query parameters, in a fixed order. */
    QueryParameters parameters() {
        Map<String, List<String>> set = new LinkedHashMap<>();
        put(set, "q", query);
        put(set, "municipality", municipality);
        put(set, "kind", kind);
        put(set, "unit", unit);
        put(set, "fy", fy == null ? null : fy.toString());
        return new QueryParameters(set);
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, List.of(value));
        }
    }

    private static String single(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).orElse(null);
    }

    /** A year that is not a number (a hand-edited address) is ignored rather than an error page. */
    private static Integer year(String text) {
        return Optional.ofNullable(text).filter(t -> t.strip().matches("[0-9]{4}"))
                .map(t -> Integer.valueOf(t.strip())).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
