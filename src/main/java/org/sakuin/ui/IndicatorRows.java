package org.sakuin.ui;

import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;

/**
 * The explorer's rows, fetched a page at a time from {@link SearchService#indicators}. The service does not
 * sort, so a sorted view fetches every matching indicator and sorts them here.
 */
final class IndicatorRows extends AbstractBackEndDataProvider<IndicatorEntry, Void> {

    /** Sort keys of the grid's sortable columns. */
    static final String MUNICIPALITY = "municipality";
    static final String NAME = "name";
    static final String UNIT = "unit";
    static final String BASELINE = "baseline";
    static final String TARGET = "target";
    static final String ACHIEVEMENT = "achievement";

    private static final Map<String, Comparator<IndicatorEntry>> ORDERS = Map.of(
            MUNICIPALITY, byText(IndicatorEntry::municipality),
            NAME, byText(IndicatorEntry::name),
            UNIT, byText(IndicatorEntry::unit),
            BASELINE, byNumber(e -> e.baseline() == null ? null : e.baseline().value()),
            // the final target, the one the explorer shows
            TARGET, byNumber(e -> e.targets().isEmpty() ? null : e.targets().getLast().value()),
            // achievement is written as a rate, 93.4%
            ACHIEVEMENT, byNumber(e -> e.achievement() == null ? null : e.achievement().replace("%", "")));

    private final SearchService search;
    private IndicatorFilter filter = IndicatorFilter.ANY;

    IndicatorRows(SearchService search) {
        this.search = search;
    }

    void setFilter(IndicatorFilter filter) {
        this.filter = filter;
        refreshAll();
    }

    /** Where the indicator stands in the unsorted rows, to scroll to it; empty when the filter leaves it out. */
    OptionalInt indexOf(IndicatorEntry indicator) {
        List<IndicatorEntry> all = search.indicators(filter.request(0, IndicatorRequest.MAX_LIMIT)).indicators();
        return IntStream.range(0, all.size()).filter(i -> all.get(i).id().equals(indicator.id())).findFirst();
    }

    @Override
    public Object getId(IndicatorEntry item) {
        return item.id();
    }

    @Override
    protected Stream<IndicatorEntry> fetchFromBackEnd(Query<IndicatorEntry, Void> query) {
        int limit = Math.min(query.getLimit(), IndicatorRequest.MAX_LIMIT);
        if (query.getSortOrders().isEmpty()) {
            return search.indicators(filter.request(query.getOffset(), limit)).indicators().stream();
        }
        return search.indicators(filter.request(0, IndicatorRequest.MAX_LIMIT)).indicators().stream()
                .sorted(comparator(query)).skip(query.getOffset()).limit(limit);
    }

    @Override
    protected int sizeInBackEnd(Query<IndicatorEntry, Void> query) {
        return Math.min(search.indicators(filter.request(0, 1)).total(), IndicatorRequest.MAX_LIMIT);
    }

    private static Comparator<IndicatorEntry> comparator(Query<IndicatorEntry, Void> query) {
        Comparator<IndicatorEntry> order = (a, b) -> 0;
        for (QuerySortOrder sort : query.getSortOrders()) {
            Comparator<IndicatorEntry> by = ORDERS.getOrDefault(sort.getSorted(), order);
            order = order.thenComparing(sort.getDirection() == SortDirection.DESCENDING ? by.reversed() : by);
        }
        return order;
    }

    /** In the order of the Japanese reading where the collator knows it; an empty value last. */
    private static Comparator<IndicatorEntry> byText(Function<IndicatorEntry, String> text) {
        Collator japanese = Collator.getInstance(Locale.JAPANESE);
        return Comparator.comparing(text, Comparator.nullsLast(japanese::compare));
    }

    /** By value; words (現状維持) and empty cells last. */
    private static Comparator<IndicatorEntry> byNumber(Function<IndicatorEntry, String> figure) {
        return Comparator.comparing(e -> boxed(IndicatorFormat.numeric(figure.apply(e))),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Double boxed(OptionalDouble number) {
        return number.isPresent() ? number.getAsDouble() : null;
    }
}
