package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sakuin.SakuinApplication;
import org.sakuin.index.PlanIndex;
import org.sakuin.opensearch.OpenSearchCluster;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server on the opensearch backend: it keeps the corpus ingested on the cluster and serves the same pages. */
@Tag("cluster")
@ExtendWith(OpenSearchCluster.Extension.class)
class ClusterServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void servesTheSearchPageAndTheApiFromTheCluster(OpenSearchCluster cluster) throws Exception {
        String nodes = cluster.nodeUris().stream().map(URI::toString).collect(Collectors.joining(","));
        try (ConfigurableApplicationContext server = SpringApplication.run(SakuinApplication.class,
                "--server.port=0", "--sakuin.backend=opensearch", "--sakuin.opensearch.url=" + nodes,
                "--sakuin.opensearch.index=served", "--sakuin.corpus=" + CorpusIngest.CORPUS,
                "--sakuin.index=" + TestIndexFolder.folder().resolve("unused-by-the-cluster"))) {
            CorpusIngest.await(server.getBean(PlanIndex.class));
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            URI base = URI.create("http://127.0.0.1:" + port);

            HttpResponse<String> page = get(base, "/?q=" + encoded("自治会加入"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as("the Vaadin page").contains("<html").contains("window.Vaadin");

            JsonNode hits = JSON.readTree(get(base, "/api/search?q=" + encoded("自治会加入")).body());
            assertThat(hits.path("total").asInt()).isPositive();
            assertThat(hits.path("hits").get(0).path("municipality").asString()).isEqualTo("入間市");
            assertThat(hits.path("hits").get(0).path("snippet").asString()).contains("<mark>");

            JsonNode suggestions = JSON.readTree(get(base, "/api/suggest?q=" + encoded("じちかい")).body());
            assertThat(suggestions.path("suggestions").findValuesAsString("text")).contains("自治会");

            JsonNode answer = JSON.readTree(get(base, "/api/ask?q=" + encoded("入間市の自治会加入世帯数の目標値は？"))
                    .body());
            assertThat(answer.path("sources")).isNotEmpty();
        }
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
