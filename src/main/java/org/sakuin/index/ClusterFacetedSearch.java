package org.sakuin.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A faceted search on the cluster as {@link FacetedSearch} does it on Lucene: the best hits and their exact total
 * under every selection (a post filter), and each facet counted as aggregations under the other facets' selections
 * only, so that a selected facet still shows its other values (drill-sideways). Facet values are ordered by count,
 * then by value, and at most fifty are given, as the embedded index gives them.
 */
final class ClusterFacetedSearch {

    private static final int FACET_VALUES = 50;

    /** The hits' sources and scores, the exact total and the counts per facet. */
    record Hits(List<JsonNode> sources, List<Float> scores, int total, Map<String, List<FacetCount>> facets) {
    }

    private final ClusterClient client;
    private final String index;

    ClusterFacetedSearch(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @param facets the facet dimensions counted, each with the field its values are counted in
     */
    Hits search(Map<String, Object> query, List<ClusterQueries.Selection> selections, Map<String, String> facets,
                int from, int size) {
        return search(query, selections, facets, from, size, null);
    }

    /** @param sort the hits' order ({@code sort} of a search body), each with its score; null for best first */
    Hits search(Map<String, Object> query, List<ClusterQueries.Selection> selections, Map<String, String> facets,
                int from, int size, List<Object> sort) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (sort != null) {
            body.put("sort", sort);
            body.put("track_scores", true);
        }
        if (!selections.isEmpty()) {
            body.put("post_filter", filter(selections, null));
        }
        Map<String, Object> aggregations = new LinkedHashMap<>();
        facets.forEach((dimension, field) -> aggregations.put(dimension, Map.of(
                "filter", filter(selections, dimension),
                "aggs", Map.of("values", Map.of("terms", Map.of("field", field, "size", FACET_VALUES,
                        "order", List.of(Map.of("_count", "desc"), Map.of("_key", "asc"))))))));
        body.put("aggs", aggregations);
        body.put("from", from);
        body.put("size", Math.max(0, size));
        body.put("track_total_hits", true);
        body.put("_source", Map.of("excludes", List.of(IndexFields.VOCABULARY)));
        // the statistics of all shards, so that a score does not depend on which shard a passage lives in
        JsonNode answer = client.post("/" + index + "/_search?search_type=dfs_query_then_fetch", body);
        List<JsonNode> sources = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            sources.add(hit.path("_source"));
            scores.add((float) hit.path("_score").asDouble());
        }
        int total = answer.path("hits").path("total").path("value").asInt();
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : facets.keySet()) {
            List<FacetCount> values = new ArrayList<>();
            if (total > 0) {
                for (JsonNode bucket : answer.path("aggregations").path(dimension).path("values").path("buckets")) {
                    values.add(new FacetCount(bucket.path("key").asString(), bucket.path("doc_count").asInt()));
                }
            }
            counts.put(dimension, values);
        }
        return new Hits(sources, scores, total, counts);
    }

    /** Every selection but the given dimension's (null: all), AND-ed; the values of one selection OR-ed. */
    private static Map<String, Object> filter(List<ClusterQueries.Selection> selections, String except) {
        List<Object> filters = selections.stream().filter(s -> !s.field().equals(except))
                .<Object>map(ClusterQueries.Selection::query).toList();
        return filters.isEmpty() ? Map.of("match_all", Map.of()) : Map.of("bool", Map.of("filter", filters));
    }
}
