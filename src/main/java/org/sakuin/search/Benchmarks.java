package org.sakuin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sakuin.index.PassageHit;

/**
 * A benchmark put together from the passages and indicators of a policy area: each town's measures, the
 * headings of its matching sections that name a measure ({@link MeasureHeadings}), most matched first, and
 * its indicators. Towns come in the order their first passage ranks.
 */
final class Benchmarks {

    static final String UNKNOWN_TOWN = "（自治体不明）";
    static final int MEASURES_PER_TOWN = 15;

    private Benchmarks() {
    }

    static Benchmark of(String area, String query, List<PassageHit> passages, List<IndicatorEntry> indicators) {
        Set<String> labels = MeasureHeadings.recurring(passages);
        Map<String, Map<String, Integer>> measures = new LinkedHashMap<>();
        Map<String, String> prefectures = new HashMap<>();
        for (PassageHit hit : passages) {
            String town = Objects.requireNonNullElse(hit.municipality(), UNKNOWN_TOWN);
            prefectures.putIfAbsent(town, hit.prefecture());
            Map<String, Integer> counts = measures.computeIfAbsent(town, t -> new LinkedHashMap<>());
            String measure = MeasureHeadings.measureOf(hit, labels);
            if (measure != null) {
                counts.merge(measure, 1, Integer::sum);
            }
        }
        Map<String, List<IndicatorEntry>> byTown = new LinkedHashMap<>();
        for (IndicatorEntry indicator : indicators) {
            String town = Objects.requireNonNullElse(indicator.municipality(), UNKNOWN_TOWN);
            prefectures.putIfAbsent(town, indicator.prefecture());
            measures.computeIfAbsent(town, t -> new LinkedHashMap<>());
            byTown.computeIfAbsent(town, t -> new ArrayList<>()).add(indicator);
        }
        List<TownMeasures> towns = measures.entrySet().stream().map(e -> new TownMeasures(e.getKey(),
                prefectures.get(e.getKey()), mostMatchedFirst(e.getValue()),
                byTown.getOrDefault(e.getKey(), List.of()))).toList();
        return new Benchmark(area, query, towns);
    }

    private static List<String> mostMatchedFirst(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(MEASURES_PER_TOWN).toList();
    }
}
