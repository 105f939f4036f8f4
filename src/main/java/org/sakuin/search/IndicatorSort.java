package org.sakuin.search;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of an indicator list, by one column, as the explorer's grid sorts it and its address and downloads
 * carry it: {@code baseline} ascending, {@code -baseline} descending. The index does not sort indicators, so
 * {@link SearchService#indicators(IndicatorRequest, IndicatorSort)} sorts what it finds.
 *
 * @param key        one of {@link #KEYS}, or null for the index's order
 * @param descending largest (or last in the reading order) first
 */
public record IndicatorSort(String key, boolean descending) {

    public static final IndicatorSort NONE = new IndicatorSort(null, false);

    public static final String MUNICIPALITY = "municipality";
    public static final String NAME = "name";
    public static final String UNIT = "unit";
    public static final String BASELINE = "baseline";
    public static final String TARGET = "target";
    public static final String ACHIEVEMENT = "achievement";

    private static final Map<String, Order> ORDERS = orders();
    public static final List<String> KEYS = List.copyOf(ORDERS.keySet());

    public IndicatorSort {
        if (key != null && !ORDERS.containsKey(key)) {
            throw new IllegalArgumentException("sort must be one of " + KEYS + ", with - before it for descending");
        }
    }

    /** {@code name}, {@code -baseline}; null or blank is the index's order; anything else is an error. */
    public static IndicatorSort parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String key = text.strip();
        return key.startsWith("-") ? new IndicatorSort(key.substring(1), true) : new IndicatorSort(key, false);
    }

    /** As {@link #parse}, but what is no sort (a hand-edited address) is the index's order rather than an error. */
    public static IndicatorSort lenient(String text) {
        String key = text == null ? "" : text.strip().replaceFirst("^-", "");
        return ORDERS.containsKey(key) ? parse(text) : NONE;
    }

    public boolean isNone() {
        return key == null;
    }

    /** The value of the {@code sort} parameter, or null for none. */
    public String parameter() {
        return key == null ? null : (descending ? "-" : "") + key;
    }

    List<IndicatorEntry> sorted(List<IndicatorEntry> indicators) {
        return key == null ? indicators : indicators.stream().sorted(ORDERS.get(key).comparator(descending)).toList();
    }

    /** A column's order in either direction. */
    private interface Order {
        Comparator<IndicatorEntry> comparator(boolean descending);
    }

    private static Map<String, Order> orders() {
        Map<String, Order> orders = new LinkedHashMap<>();
        Collator japanese = Collator.getInstance(Locale.JAPANESE);
        // text in the order of the Japanese reading where the collator knows it
        orders.put(MUNICIPALITY, by(IndicatorEntry::municipality, japanese::compare));
        orders.put(NAME, by(IndicatorEntry::name, japanese::compare));
        orders.put(UNIT, by(IndicatorEntry::unit, japanese::compare));
        orders.put(BASELINE, byNumber(e -> e.baseline() == null ? null : number(e.baseline().value())));
        // the final target, the one the explorer shows
        orders.put(TARGET, byNumber(e -> e.targets().isEmpty() ? null : number(e.targets().getLast().value())));
        orders.put(ACHIEVEMENT, byNumber(e -> Figures.percent(e.achievement()).orElse(null)));
        return orders;
    }

    /** Empty cells and words (現状維持) last in both directions: they are a value at neither end. */
    private static <T> Order by(Function<IndicatorEntry, T> value, Comparator<T> ascending) {
        return descending -> Comparator.comparing(value, Comparator.nullsLast(descending ? ascending.reversed() : ascending));
    }

    private static Order byNumber(Function<IndicatorEntry, BigDecimal> value) {
        return by(value, Comparator.<BigDecimal>naturalOrder());
    }

    private static BigDecimal number(String figure) {
        return Figures.number(figure).orElse(null);
    }
}
