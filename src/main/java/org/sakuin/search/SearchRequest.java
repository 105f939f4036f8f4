package org.sakuin.search;

import java.util.Set;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageSort;

/**
 * A search as a user asks it.
 *
 * @param query  the words typed, in {@link QuerySyntax}; blank lists everything the filter allows
 * @param offset hits to skip (paging)
 * @param limit  hits to return
 * @param synonymsOff synonym groups (by their first word) not to expand the query with
 * @param sort   the order of the hits
 */
public record SearchRequest(String query, PassageFilter filter, int offset, int limit, Set<String> synonymsOff,
                            PassageSort sort) {

    public static final int MAX_LIMIT = 500;
    /** Longer is no search but a pasted text (and would make a query too large to run). */
    public static final int MAX_QUERY_CHARACTERS = 1000;

    public SearchRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit 1–" + MAX_LIMIT);
        }
        filter = filter == null ? PassageFilter.NONE : filter;
        query = query == null ? "" : query.strip();
        synonymsOff = synonymsOff == null ? Set.of() : Set.copyOf(synonymsOff);
        sort = sort == null ? PassageSort.RELEVANCE : sort;
    }

    /** Best match first. */
    public SearchRequest(String query, PassageFilter filter, int offset, int limit, Set<String> synonymsOff) {
        this(query, filter, offset, limit, synonymsOff, PassageSort.RELEVANCE);
    }

    /** With every synonym group applied. */
    public SearchRequest(String query, PassageFilter filter, int offset, int limit) {
        this(query, filter, offset, limit, Set.of());
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, PassageFilter.NONE, 0, limit);
    }
}
