package org.sakuin.web;

import org.sakuin.index.PassageFilter;
import org.sakuin.search.IndicatorRequest;

/**
 * The query parameters the indicator endpoints share ({@code q, limit, offset, municipality, prefecture, kind,
 * unit, fy, area}), bound by Spring MVC so the list and the exports read them the same way.
 */
record IndicatorParams(String q, Integer limit, Integer offset, String municipality, String prefecture, String kind,
                       String unit, Integer fy, String area) {

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

    private IndicatorRequest request(int from, int count) {
        return new IndicatorRequest(q, new PassageFilter(municipality, prefecture, null, null, fy, area), kind, unit,
                from, count);
    }
}
