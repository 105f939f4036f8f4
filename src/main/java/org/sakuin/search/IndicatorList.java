package org.sakuin.search;

import java.util.List;
import java.util.Map;

/**
 * A page of indicators: how many match, these, and facet counts (also kind and unit).
 *
 * @param didYouMean when nothing is found, the name words respelt, if one occurs nowhere and the respelt words
 *                   find some; or null
 */
public record IndicatorList(int total, List<IndicatorEntry> indicators, Map<String, List<FacetValue>> facets,
                            DidYouMean didYouMean) {
}
