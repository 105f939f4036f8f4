package org.sakuin.search;

import java.util.List;
import java.util.Map;

/** A page of indicators: how many match, these, and facet counts (also kind and unit). */
public record IndicatorList(int total, List<IndicatorEntry> indicators, Map<String, List<FacetValue>> facets) {
}
