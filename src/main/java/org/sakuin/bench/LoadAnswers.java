package org.sakuin.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each query answered before the load, and whether an answer during it is still right while files are being
 * ingested. New plans may add hits and move the old ones down, so an answer is <em>wrong</em> when:
 * <ul>
 *     <li>it counts fewer matching passages than before (something committed went missing), or</li>
 *     <li>it lists a passage twice (a plan half replaced), or</li>
 *     <li>the passage that ranked first before is not among its hits, and no passage of a plan unknown before the
 *     load is among them either (nothing new came to push it out).</li>
 * </ul>
 */
final class LoadAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer of {@code /api/search}: its count and its hits' passage and document ids, in rank order. */
    record Answer(long total, List<String> passages, List<String> documents) {

        static Answer of(byte[] body) {
            JsonNode answer = JSON.readTree(body);
            List<String> passages = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            for (JsonNode hit : answer.path("hits")) {
                passages.add(hit.path("passageId").asString());
                documents.add(hit.path("documentId").asString());
            }
            return new Answer(answer.path("total").asLong(), passages, documents);
        }
    }

    private final Map<String, Answer> before;
    private final Set<String> knownDocuments = new HashSet<>();

    LoadAnswers(Map<String, Answer> before) {
        this.before = before;
        before.values().forEach(answer -> knownDocuments.addAll(answer.documents()));
    }

    /** Asks every query once, before the load. */
    static LoadAnswers capture(ServerProcess server, HttpClient http, List<String> queries, int limit)
            throws IOException, InterruptedException {
        Map<String, Answer> answers = new HashMap<>();
        for (String query : queries) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.uri("/api/search", query, limit))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("'" + query + "' answered HTTP " + response.statusCode() + " before the load");
            }
            answers.put(query, Answer.of(response.body()));
        }
        return new LoadAnswers(answers);
    }

    /** Whether the answer to the query, during the load, is right (see the class comment). */
    boolean right(String query, byte[] body) {
        Answer then = before.get(query);
        Answer now;
        try {
            now = Answer.of(body);
        } catch (RuntimeException unreadable) {
            return false;
        }
        if (now.total() < then.total() || new HashSet<>(now.passages()).size() < now.passages().size()) {
            return false;
        }
        if (then.passages().isEmpty() || now.passages().contains(then.passages().getFirst())) {
            return true;
        }
        return now.documents().stream().anyMatch(document -> !knownDocuments.contains(document));
    }
}
