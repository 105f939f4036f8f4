package org.sakuin.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** Records on the cluster by their ids and kinds: written in bulk, read by id, scanned, deleted, counted. */
final class ClusterRecords {

    /** Records per bulk request: a plan of thousands of passages goes in a few requests of a few megabytes. */
    private static final int BULK = 500;
    private static final int PAGE = 1_000;

    private final ClusterClient client;
    private final String index;

    ClusterRecords(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    void write(List<ClusterDocuments.Source> sources) {
        for (int from = 0; from < sources.size(); from += BULK) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (ClusterDocuments.Source source : sources.subList(from, Math.min(sources.size(), from + BULK))) {
                lines.add(Map.of("index", Map.of("_id", source.id())));
                lines.add(source.fields());
            }
            client.bulk("/" + index + "/_bulk", lines);
        }
    }

    void delete(List<String> ids) {
        List<Map<String, Object>> lines = ids.stream().<Map<String, Object>>map(id -> Map.of("delete",
                Map.of("_id", id))).toList();
        if (!lines.isEmpty()) {
            client.bulk("/" + index + "/_bulk", lines);
        }
    }

    /** Deletes the plan's records but those kept (the ones just written), as far as the last refresh shows them. */
    void deleteOthers(String documentId, List<String> kept) {
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("filter", List.of(Map.of("term", Map.of(IndexFields.DOCUMENT_ID, documentId))));
        if (!kept.isEmpty()) {
            bool.put("must_not", List.of(Map.of("ids", Map.of("values", kept))));
        }
        client.post("/" + index + "/_delete_by_query?conflicts=proceed", Map.of("query", Map.of("bool", bool)));
    }

    void refresh() {
        client.post("/" + index + "/_refresh", null);
    }

    int count(Map<String, Object> query) {
        return client.post("/" + index + "/_count", Map.of("query", query)).path("count").asInt();
    }

    /** The sources of the records of a kind with these ids, in no particular order. */
    List<JsonNode> byIds(String kind, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> clusterIds = ids.stream().map(id -> ClusterDocuments.idOf(kind, id)).toList();
        return sources(Map.of("ids", Map.of("values", clusterIds)), ids.size());
    }

    /** The records of a kind that belong to one file, in no particular order. */
    List<JsonNode> ofDocument(String kind, String documentId) {
        Map<String, Object> query = Map.of("bool", Map.of("filter", List.of(ClusterQueries.record(kind),
                Map.of("term", Map.of(IndexFields.DOCUMENT_ID, documentId)))));
        return sources(query, Math.max(1, count(query)));
    }

    private List<JsonNode> sources(Map<String, Object> query, int size) {
        JsonNode answer = client.post("/" + index + "/_search", Map.of("query", query, "size", size,
                "_source", Map.of("excludes", List.of(IndexFields.VOCABULARY))));
        List<JsonNode> sources = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source")));
        return sources;
    }

    /** Every record of a kind, with these fields of its source, page by page in id order. */
    void scan(String kind, List<String> fields, Consumer<JsonNode> each) {
        List<Object> after = null;
        while (true) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", ClusterQueries.record(kind));
            body.put("size", PAGE);
            body.put("sort", List.of(Map.of(IndexFields.ID, "asc")));
            body.put("_source", Map.of("includes", fields));
            if (after != null) {
                body.put("search_after", after);
            }
            JsonNode hits = client.post("/" + index + "/_search", body).path("hits").path("hits");
            for (JsonNode hit : hits) {
                each.accept(hit.path("_source"));
                after = List.of(hit.path("sort").get(0).asString());
            }
            if (hits.size() < PAGE) {
                return;
            }
        }
    }
}
