package org.sakuin.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param total  matching passages in all
 * @param facets   per dimension: area, municipality, prefecture, planType, plan, fy
 * @param synonyms the synonym groups the query touched, and whether each was applied
 * @param didYouMean the query respelt, when a word of it occurs nowhere and the respelt query finds more; or null
 * @param relaxation for a query that finds nothing and needs no respelling, the query without the word that
 *                   keeps the others apart; or null
 */
public record SearchResults(int total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
                            List<SynonymUse> synonyms, DidYouMean didYouMean, Relaxation relaxation) {
}
