package org.sakuin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Wall-clock times of repeated work, in milliseconds, and their percentiles. */
final class Timings {

    interface Work {
        Object run() throws IOException;
    }

    private final List<Double> millis = new ArrayList<>();

    /** Does the work, keeping its time if {@code counted}. */
    void time(boolean counted, Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counted) {
            millis.add((System.nanoTime() - start) / 1e6);
        }
    }

    /** Keeps a time measured elsewhere: by client threads, each timing its own requests, for one summary. */
    void add(double time) {
        millis.add(time);
    }

    int count() {
        return millis.size();
    }

    double p(double percentile) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percentile * sorted.length) - 1))];
    }

    String summary() {
        return String.format("n=%-5d p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms", millis.size(), p(0.50), p(0.95),
                p(0.99));
    }
}
