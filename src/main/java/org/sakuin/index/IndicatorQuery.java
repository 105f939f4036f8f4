package org.sakuin.index;

import java.util.List;

/**
 * A search for indicators: words in their names (AND-ed, OR-groups, exclusions as for passages), filters,
 * and an optional kind (成果指標 …) and unit. No words lists every indicator the filters allow.
 */
public record IndicatorQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, PassageFilter filter,
                             String kind, String unit, int offset, int limit) {

    public IndicatorQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        filter = filter == null ? PassageFilter.NONE : filter;
    }
}
