package org.sakuin.index;

import java.util.List;
import java.util.Map;

/** A page of indicators, with how many match in all and facet counts. */
public record IndicatorResults(int total, List<IndicatorHit> hits, Map<String, List<FacetCount>> facets) {
}
