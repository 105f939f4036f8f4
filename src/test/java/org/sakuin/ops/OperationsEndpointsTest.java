package org.sakuin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.web.CorpusIngest;
import org.sakuin.web.TestIndexFolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server with the bundled corpus, asked as an operator would: is it healthy, what version and archive is it, how
 * long do searches take, what did its ingest do, and what does its REST API offer.
 */
class OperationsEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static OpsServer server;

    @BeforeAll
    static void startWithTheCorpusIngested() throws IOException {
        server = OpsServer.start("--sakuin.corpus=" + CorpusIngest.CORPUS,
                "--sakuin.index=" + TestIndexFolder.folder().resolve("operations"));
        CorpusIngest.await(server.context.getBean(PlanIndex.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIsUpWithTheArchiveAndTheIndexFoldersDiskSpace() throws Exception {
        HttpResponse<String> response = server.asAdmin("/actuator/health");
        JsonNode health = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/archive/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/archive/details/files").asInt()).isEqualTo(CorpusIngest.expectedFiles().size());
        assertThat(health.at("/components/diskSpace/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/diskSpace/details/path").asString())
                .isEqualTo(TestIndexFolder.folder().resolve("operations").toString());
    }

    @Test
    void infoShowsTheBuildsVersionTheAnalysisAndTheArchivesCounts() throws Exception {
        JsonNode info = JSON.readTree(server.asAdmin("/actuator/info").body());
        PlanIndex index = server.context.getBean(PlanIndex.class);
        List<IndexedFile> files = index.files();
        JsonNode indicators = JSON.readTree(server.asAnyone("/api/indicators?limit=1").body());

        assertThat(info.at("/build/version").asString()).isEqualTo(projectVersion());
        assertThat(info.at("/archive/analysis").asString()).matches("\\d+-[0-9a-f]{12}");
        assertThat(info.at("/archive/files").asInt()).isEqualTo(CorpusIngest.expectedFiles().size());
        assertThat(info.at("/archive/outdatedFiles").asInt()).isZero();
        assertThat(info.at("/archive/passages").asInt()).isPositive()
                .isEqualTo(files.stream().mapToInt(IndexedFile::passages).sum());
        assertThat(info.at("/archive/indicators").asInt()).isPositive().isEqualTo(indicators.path("total").asInt());
    }

    @Test
    void searchesOfEachKindAreCountedInTheLatencyHistogram() throws Exception {
        // the server's warm-up searches and suggests once in the background after start: counted too, so wait for it
        awaitAtLeast("sakuin_search_seconds_count{kind=\"search\"}", 1);
        String before = server.asAdmin("/actuator/prometheus").body();

        for (String words : List.of("自治会", "子育て 支援", "移住")) {
            assertThat(server.asAnyone("/api/search?q=" + encoded(words)).statusCode()).isEqualTo(200);
        }
        // refused by the search itself, so timed too: it took the server's time
        assertThat(server.asAnyone("/api/search?q=" + encoded("-自治会")).statusCode()).isEqualTo(400);
        server.asAnyone("/api/suggest?q=" + encoded("じちかい"));
        server.asAnyone("/api/indicators?q=" + encoded("人口"));
        server.asAnyone("/api/indicators?fy=2024");
        server.asAnyone("/api/ask?q=" + encoded("入間市の計画期間は？"));
        String after = server.asAdmin("/actuator/prometheus").body();

        assertThat(searches(after, "search") - searches(before, "search")).isEqualTo(4);
        assertThat(searches(after, "suggest") - searches(before, "suggest")).isEqualTo(1);
        assertThat(searches(after, "indicators") - searches(before, "indicators")).isEqualTo(2);
        assertThat(searches(after, "ask") - searches(before, "ask")).isEqualTo(1);
        // the histogram: cumulative buckets up to +Inf, which holds every search
        assertThat(value(after, "sakuin_search_seconds_bucket{kind=\"search\",le=\"+Inf\"}"))
                .isEqualTo(searches(after, "search"));
        assertThat(Pattern.compile("(?m)^sakuin_search_seconds_bucket\\{kind=\"search\",le=\"[0-9.]+\"} ")
                .matcher(after).results().count()).as("finite buckets").isGreaterThan(10);
    }

    @Test
    void theCorpusIngestIsCountedByOutcome() throws Exception {
        int corpus = CorpusIngest.expectedFiles().size();
        // the last file is counted just after it shows in the index
        awaitAtLeast("sakuin_ingest_files_total{outcome=\"ingested\"}", corpus);
        String metrics = server.asAdmin("/actuator/prometheus").body();
        int passages = server.context.getBean(PlanIndex.class).files().stream().mapToInt(IndexedFile::passages).sum();

        assertThat(value(metrics, "sakuin_ingest_files_total{outcome=\"ingested\"}")).isEqualTo(corpus);
        assertThat(value(metrics, "sakuin_ingest_files_total{outcome=\"unchanged\"}")).isZero();
        assertThat(value(metrics, "sakuin_ingest_files_total{outcome=\"failed\"}")).isZero();
        assertThat(value(metrics, "sakuin_ingest_passages_total")).isEqualTo(passages);
    }

    @Test
    void theApiIsDescribedWithoutVaadinsInternalsAndSwaggerUiIsServed() throws Exception {
        HttpResponse<String> response = server.asAdmin("/v3/api-docs");
        JsonNode api = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api.at("/info/title").asString()).isEqualTo("Sakuin API");
        assertThat(api.at("/info/version").asString()).isEqualTo(projectVersion());
        assertThat(api.at("/info/description").asString()).contains("検索").contains("Search");
        assertThat(api.path("paths").propertyNames())
                .contains("/api/search", "/api/suggest", "/api/indicators", "/api/ask", "/source/{documentId}")
                .allMatch(path -> path.startsWith("/api/") || path.startsWith("/source/"));
        assertThat(api.at("/paths/~1api~1search/get/summary").asString()).isNotBlank();
        assertThat(api.at("/paths/~1api~1indicators/get/parameters").findValuesAsString("name"))
                .as("the indicator parameters, one by one").contains("q", "municipality", "kind", "fy");

        HttpResponse<String> ui = server.asAdmin("/api-docs");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).startsWith("/swagger-ui/");
        assertThat(ui.body()).contains("swagger-ui");
    }

    private static void awaitAtLeast(String series, double wanted) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (value(server.asAdmin("/actuator/prometheus").body(), series) < wanted && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static double searches(String metrics, String kind) {
        return value(metrics, "sakuin_search_seconds_count{kind=\"" + kind + "\"}");
    }

    /** The value of one series in Prometheus' text format; 0 when it is not there. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static String projectVersion() throws Exception {
        Matcher version = Pattern.compile("<artifactId>sakuin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
