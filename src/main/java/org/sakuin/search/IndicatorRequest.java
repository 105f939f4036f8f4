package org.sakuin.search;

import org.sakuin.index.PassageFilter;

/**
 * A search for indicators: words in their names (the passage {@link QuerySyntax}), filters, kind and unit.
 * A blank query lists every indicator the filters allow.
 */
public record IndicatorRequest(String query, PassageFilter filter, String kind, String unit, int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public IndicatorRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit 1–" + MAX_LIMIT);
        }
        query = query == null ? "" : query.strip();
        filter = filter == null ? PassageFilter.NONE : filter;
    }

    public static IndicatorRequest of(String query, int limit) {
        return new IndicatorRequest(query, null, null, null, 0, limit);
    }
}
