package org.sakuin.web;

import org.sakuin.index.PassageFilter;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.IndicatorSort;

/**
 * The query parameters the indicator endpoints share ({@code q, limit, offset, municipality, prefecture, kind,
 * unit, fy, area, sort}), bound by Spring MVC so the list and the exports read them the same way.
 *
 * @param sort a column to sort by ({@link IndicatorSort#KEYS}), {@code -} before it for descending: the
 *             explorer's sorted column, which its downloads keep
 */
record IndicatorParams(String q, Integer limit, Integer offset, String municipality, String prefecture, String kind,
                       String unit, Integer fy, String area, String sort) {

    /** As many as {@code indicators} lists without {@code --limit}. */
    static final int DEFAULT_LIMIT = 50;

    /** The page the parameters ask for. */
    IndicatorRequest page() {
        return request(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** Every indicator the filters allow, whatever the paging parameters say: what an export holds. */
    IndicatorRequest all() {
        return request(0, IndicatorRequest.MAX_LIMIT);
    }

    /** The order asked for; an unknown column is a bad request. */
    IndicatorSort order() {
        return IndicatorSort.parse(sort);
    }

    private IndicatorRequest request(int from, int count) {
        return new IndicatorRequest(q, new PassageFilter(municipality, prefecture, null, null, fy, area), kind, unit,
                from, count);
    }
}
