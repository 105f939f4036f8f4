package org.sakuin.plan;

import java.util.List;
import java.util.Map;

/**
 * Everything Sakuin keeps of one plan file: the document, its passages and indicators, and the policy areas
 * assigned to each passage and indicator (by id; unclassified ones are absent).
 */
public record PlanContent(PlanDocument document, List<Passage> passages, List<Indicator> indicators,
                          Map<String, List<AreaMatch>> areas) {

    public PlanContent {
        passages = List.copyOf(passages);
        indicators = List.copyOf(indicators);
        areas = Map.copyOf(areas);
    }

    public List<AreaMatch> areasOf(String id) {
        return areas.getOrDefault(id, List.of());
    }
}
