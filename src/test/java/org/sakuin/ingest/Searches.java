package org.sakuin.ingest;

import java.util.List;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageHit;
import org.sakuin.index.PassageQuery;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.QueryTerm;

/** Looks ingested text up the way a user would, to prove it is searchable. */
final class Searches {

    private Searches() {
    }

    /** The passages holding the words as a phrase. */
    static List<PassageHit> phrase(PlanIndex index, String words) {
        return index.search(new PassageQuery(List.of(List.of(new QueryTerm(words, true))), List.of(),
                PassageFilter.NONE, 50)).hits();
    }
}
