package org.sakuin.opensearch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harness's cluster is a working OpenSearch: two nodes, Japanese analysis, and a replica that answers when
 * its primary's node is killed. Runs in the {@code cluster} phase of {@code ./mvnw verify} (see README).
 */
@Tag("cluster")
@ExtendWith(OpenSearchCluster.Extension.class)
class OpenSearchClusterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void isGreenWithTwoNodesThatBothHaveTheKuromojiPlugin(OpenSearchCluster cluster) throws Exception {
        URI node0 = cluster.nodeUris().get(0);
        JsonNode health = call("GET", node0, "/_cluster/health?wait_for_status=green&timeout=30s", null);
        assertThat(health.path("status").asString()).isEqualTo("green");
        assertThat(health.path("number_of_nodes").asInt()).isEqualTo(2);

        JsonNode nodes = call("GET", node0, "/_nodes/plugins", null).path("nodes");
        assertThat(nodes.size()).isEqualTo(2);
        for (JsonNode node : nodes.values()) {
            assertThat(node.path("plugins").findValuesAsString("name")).contains("analysis-kuromoji");
        }
    }

    @Test
    void kuromojiSplitsAJapaneseIndicatorName(OpenSearchCluster cluster) throws Exception {
        JsonNode analyzed = call("POST", cluster.nodeUris().get(1), "/_analyze",
                "{\"tokenizer\":\"kuromoji_tokenizer\",\"text\":\"自治会加入率\"}");
        assertThat(analyzed.path("tokens").findValuesAsString("token"))
                .containsExactly("自治", "会", "加入", "率");
    }

    @Test
    void aReplicaStillAnswersWhenItsOtherNodeIsKilled(OpenSearchCluster cluster) throws Exception {
        URI node0 = cluster.nodeUris().get(0);
        URI node1 = cluster.nodeUris().get(1);
        call("PUT", node0, "/replicated",
                "{\"settings\":{\"number_of_shards\":2,\"number_of_replicas\":1}}");
        assertThat(call("GET", node0, "/_cluster/health/replicated?wait_for_status=green&timeout=60s", null)
                .path("status").asString()).isEqualTo("green");
        call("PUT", node1, "/replicated/_doc/1?refresh=true", "{\"title\":\"自治会加入率の向上\"}");

        // Two cluster-manager-eligible nodes keep one vote between them; node-1 gives up its own so that node-0
        // still has a cluster manager once node-1 is gone.
        call("POST", node0, "/_cluster/voting_config_exclusions?node_names=node-1", null);
        cluster.killNode(1);
        JsonNode alone = call("GET", node0, "/_cluster/health?wait_for_nodes=1&wait_for_status=yellow&timeout=60s",
                null);
        assertThat(alone.path("number_of_nodes").asInt()).isEqualTo(1);
        assertThat(call("GET", node0, "/replicated/_doc/1", null).path("_source").path("title").asString())
                .isEqualTo("自治会加入率の向上");
        assertThat(call("GET", node0, "/replicated/_search?q=" + URLEncoder.encode("title:加入率", UTF_8), null)
                .path("hits").path("total").path("value").asInt()).isEqualTo(1);

        cluster.restartNode(1);
        call("DELETE", node0, "/_cluster/voting_config_exclusions?wait_for_removal=false", null);
        JsonNode back = call("GET", node0, "/_cluster/health?wait_for_status=green&timeout=60s", null);
        assertThat(back.path("status").asString()).isEqualTo("green");
        assertThat(back.path("number_of_nodes").asInt()).isEqualTo(2);
        call("DELETE", node0, "/replicated", null);
    }

    /** One REST call; fails on any status but 2xx, with OpenSearch's answer in the message. */
    private static JsonNode call(String method, URI node, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(90));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
