package org.sakuin.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latency of what readers ask, one timer {@value #NAME} per kind, each with a histogram of buckets, so that
 * Prometheus can work out any percentile over any span and over several servers ({@code histogram_quantile}).
 */
final class SearchTimers {

    static final String NAME = "sakuin.search";

    enum Kind { SEARCH, SUGGEST, INDICATORS, ASK }

    private final Map<Kind, Timer> timers = new EnumMap<>(Kind.class);

    SearchTimers(MeterRegistry meters) {
        for (Kind kind : Kind.values()) {
            timers.put(kind, Timer.builder(NAME)
                    .description("Time to answer a search, suggestion, indicator list or question, failures included")
                    .tag("kind", kind.name().toLowerCase())
                    .publishPercentileHistogram()
                    .register(meters));
        }
    }

    /** Does the work and records how long it took, also when it fails (a bad query still took the server's time). */
    <T> T time(Kind kind, Supplier<T> work) {
        return timers.get(kind).record(work);
    }
}
