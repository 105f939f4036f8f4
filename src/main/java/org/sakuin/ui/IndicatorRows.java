package org.sakuin.ui;

import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.IndicatorSort;
import org.sakuin.search.SearchService;

/**
 * The explorer's rows, fetched a page at a time from {@link SearchService#indicators(IndicatorRequest, IndicatorSort)}
 * in the order of the grid's sorted column, which is keyed by its {@link IndicatorSort} key.
 */
final class IndicatorRows extends AbstractBackEndDataProvider<IndicatorEntry, Void> {

    private final SearchService search;
    private IndicatorFilter filter = IndicatorFilter.ANY;

    IndicatorRows(SearchService search) {
        this.search = search;
    }

    void setFilter(IndicatorFilter filter) {
        this.filter = filter;
        refreshAll();
    }

    /** Where the indicator stands in the rows in this order, to scroll to it; empty when the filter leaves it out. */
    OptionalInt indexOf(IndicatorEntry indicator, IndicatorSort sort) {
        List<IndicatorEntry> all = search.indicators(filter.request(0, IndicatorRequest.MAX_LIMIT), sort).indicators();
        return IntStream.range(0, all.size()).filter(i -> all.get(i).id().equals(indicator.id())).findFirst();
    }

    /** A sorted column of the grid, whose key is its {@link IndicatorSort} key, as the service's sort. */
    static IndicatorSort sortOf(String key, SortDirection direction) {
        return new IndicatorSort(key, direction == SortDirection.DESCENDING);
    }

    @Override
    public Object getId(IndicatorEntry item) {
        return item.id();
    }

    @Override
    protected Stream<IndicatorEntry> fetchFromBackEnd(Query<IndicatorEntry, Void> query) {
        int limit = Math.min(query.getLimit(), IndicatorRequest.MAX_LIMIT);
        // the grid sorts by one column at a time
        IndicatorSort sort = query.getSortOrders().stream().findFirst()
                .map(o -> sortOf(o.getSorted(), o.getDirection())).orElse(IndicatorSort.NONE);
        return search.indicators(filter.request(query.getOffset(), limit), sort).indicators().stream();
    }

    @Override
    protected int sizeInBackEnd(Query<IndicatorEntry, Void> query) {
        return Math.min(search.indicators(filter.request(0, 1)).total(), IndicatorRequest.MAX_LIMIT);
    }
}
