package org.sakuin.index;

import java.util.List;

/**
 * A search, independent of the backend that runs it.
 *
 * @param required each inner list must match at least one of its terms (words AND-ed, OR within a group)
 * @param excluded terms that must not match
 * @param filter   exact restrictions
 * @param topN     how many best passages to return (with snippets)
 */
public record PassageQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, PassageFilter filter,
                           int topN) {

    public PassageQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    public boolean matchesEverything() {
        return required.isEmpty();
    }
}
