package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * "Similar measures" and "similar indicators in other towns" on the cluster: its {@code more_like_this} over the
 * fields {@link PassageSimilarity} and {@link IndicatorSimilarity} use, with their limits (30 and 25 terms, a third of
 * a name's terms shared), the own town (or, when unknown, the own file) left out.
 */
final class ClusterSimilarity {

    /** A third of the terms, rounded up as the embedded index rounds it: at most 70 % (rounded down) missing. */
    private static final String MIN_SHARED = "-70%";

    private final ClusterClient client;
    private final String index;

    ClusterSimilarity(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** What "own" means for a record: its municipality, or its file when the town is unknown. */
    static Map<String, Object> own(String municipality, String documentId) {
        return municipality != null ? Map.of("term", Map.of(MUNICIPALITY, municipality))
                : Map.of("term", Map.of(DOCUMENT_ID, documentId));
    }

    List<PassageHit> passagesLike(PassageHit source, int limit) {
        Map<String, Object> like = Map.of("bool", Map.of(
                "must", List.of(moreLike(Map.of(TEXT, source.text(), SECTION, source.section()), 30, "1")),
                "filter", List.of(ClusterQueries.record(KIND_PASSAGE)),
                "must_not", List.of(own(source.municipality(), source.documentId()))));
        List<PassageHit> hits = new ArrayList<>();
        search(like, limit, (hit, score) -> hits.add(ClusterDocuments.toPassageHit(hit, score)));
        return hits;
    }

    /** Indicators whose names share a third of the text's words and bigrams; {@code own} left out when given. */
    List<IndicatorHit> indicatorsNamedLike(String text, List<ClusterQueries.Selection> selections,
                                           Map<String, Object> own, int limit) {
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", List.of(moreLike(Map.of(NAME, text, NAME_BIGRAM, text), 25, MIN_SHARED)));
        List<Object> filters = new ArrayList<>(List.of(ClusterQueries.record(KIND_INDICATOR)));
        selections.forEach(s -> filters.add(s.query()));
        bool.put("filter", filters);
        if (own != null) {
            bool.put("must_not", List.of(own));
        }
        List<IndicatorHit> hits = new ArrayList<>();
        search(Map.of("bool", bool), limit, (hit, score) -> hits.add(ClusterDocuments.toIndicatorHit(hit, score)));
        return hits;
    }

    /**
     * The terms of the texts, each analysed as its field is (an artificial document), that weigh most by tf-idf
     * across the fields, as Lucene's MoreLikeThis picks them for the embedded index.
     */
    private static Map<String, Object> moreLike(Map<String, String> texts, int terms, String shared) {
        Map<String, Object> document = new LinkedHashMap<>();
        texts.forEach((field, text) -> document.put(field, ClusterAnalysis.text(text)));
        return Map.of("more_like_this", Map.of("fields", List.copyOf(texts.keySet()),
                "like", List.of(Map.of("doc", document)), "min_term_freq", 1, "min_doc_freq", 1,
                "min_word_length", 1, "max_query_terms", terms, "minimum_should_match", shared));
    }

    private interface HitConsumer {
        void accept(JsonNode source, float score);
    }

    private void search(Map<String, Object> query, int limit, HitConsumer each) {
        JsonNode answer = client.post("/" + index + "/_search?search_type=dfs_query_then_fetch", Map.of(
                "query", query, "size", limit, "_source", Map.of("excludes", List.of(VOCABULARY))));
        answer.path("hits").path("hits").forEach(hit -> each.accept(hit.path("_source"),
                (float) hit.path("_score").asDouble()));
    }
}
