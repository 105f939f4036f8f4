package org.sakuin.search;

import java.util.List;

/** Every town's measures and indicators for one policy area (and optional query), side by side. */
public record Benchmark(String area, String query, List<TownMeasures> towns) {
}
