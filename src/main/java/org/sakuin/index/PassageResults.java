package org.sakuin.index;

import java.util.List;
import java.util.Map;

/**
 * @param total  how many passages match
 * @param hits   the best {@code topN}, best first
 * @param facets counts per dimension ("municipality", "prefecture", "planType", "plan", "fy", "area")
 */
public record PassageResults(int total, List<PassageHit> hits, Map<String, List<FacetCount>> facets) {
}
