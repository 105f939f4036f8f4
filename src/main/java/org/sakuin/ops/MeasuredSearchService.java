package org.sakuin.ops;

import org.sakuin.index.PlanIndex;
import org.sakuin.search.IndicatorList;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;
import org.sakuin.search.Suggestions;

/** The search service the UI and the REST API share, timed at the entry points readers use. */
final class MeasuredSearchService extends SearchService {

    private final SearchTimers timers;

    MeasuredSearchService(PlanIndex index, SearchTimers timers) {
        super(index);
        this.timers = timers;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return timers.time(SearchTimers.Kind.SEARCH, () -> super.search(request));
    }

    @Override
    public Suggestions suggest(String typed, int perKind) {
        return timers.time(SearchTimers.Kind.SUGGEST, () -> super.suggest(typed, perKind));
    }

    @Override
    public IndicatorList indicators(IndicatorRequest request) {
        return timers.time(SearchTimers.Kind.INDICATORS, () -> super.indicators(request));
    }
}
