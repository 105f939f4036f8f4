package org.sakuin.index;

import java.util.List;
import java.util.Set;

/**
 * A search, independent of the backend that runs it.
 *
 * @param required each inner list must match at least one of its terms (words AND-ed, OR within a group)
 * @param excluded terms that must not match
 * @param filter   exact restrictions
 * @param topN     how many best passages to return
 * @param synonymsOff synonym groups (named by their first word) the user switched off
 * @param snippets  whether the hits come with snippets; without, they are left blank for
 *                  {@link PlanIndex#withSnippets} to add to the few shown
 * @param sort      the order of the hits
 */
public record PassageQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, PassageFilter filter,
                           int topN, Set<String> synonymsOff, boolean snippets, PassageSort sort) {

    public PassageQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        synonymsOff = synonymsOff == null ? Set.of() : Set.copyOf(synonymsOff);
        sort = sort == null ? PassageSort.RELEVANCE : sort;
    }

    /** Best match first. */
    public PassageQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, PassageFilter filter, int topN,
                        Set<String> synonymsOff, boolean snippets) {
        this(required, excluded, filter, topN, synonymsOff, snippets, PassageSort.RELEVANCE);
    }

    /** With snippets. */
    public PassageQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, PassageFilter filter, int topN,
                        Set<String> synonymsOff) {
        this(required, excluded, filter, topN, synonymsOff, true);
    }

    /** With every synonym group applied. */
    public PassageQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, PassageFilter filter, int topN) {
        this(required, excluded, filter, topN, Set.of());
    }
}
