package org.sakuin.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the search page once, with a search, as a browser does, when the server has started: the first reader
 * after a start otherwise waited seconds (4.8 s measured, against half a second later) while the page's classes
 * were loaded and first compiled. The browser's part is Vaadin's: the bootstrap page, the UI's start, then the
 * navigation to the route its client sends. A warm-up that fails (a login asked for, an index not yet open) only
 * leaves that work to the first reader.
 */
@Component
class PageWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PageWarmUp.class);
    private static final String QUERY = "q=" + URLEncoder.encode("計画 推進", StandardCharsets.UTF_8);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final JsonMapper json = JsonMapper.builder().build();

    @EventListener
    void warmUpInBackground(WebServerInitializedEvent started) {
        // the main server's start, not a separate management port's
        if (started.getApplicationContext().getServerNamespace() == null) {
            int port = started.getWebServer().getPort();
            Thread.ofVirtual().name("sakuin-page-warm-up").start(() -> warmUp(port));
        }
    }

    /** Whether the page came with hits: Vaadin's client protocol, spoken here, may change with its versions. */
    boolean warmUp(int port) {
        long start = System.nanoTime();
        URI page = URI.create("http://localhost:" + port + "/");
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT).build()) {
            send(http, get(page.resolve("?" + QUERY)));
            JsonNode config = json.readTree(send(http, get(page.resolve("?v-r=init&location=&query="
                    + URLEncoder.encode(QUERY, StandardCharsets.UTF_8))))).path("appConfig");
            JsonNode uidl = config.path("uidl");
            Map<String, Object> navigation = Map.of("csrfToken", uidl.path("Vaadin-Security-Key").asString(),
                    "rpc", List.of(Map.of("type", "event", "node", navigatingNode(uidl), "event", "ui-navigate",
                            "data", Map.of("route", "", "query", QUERY, "appShellTitle", "", "trigger", ""))),
                    "syncId", 0, "clientId", 0);
            String shown = send(http, HttpRequest.newBuilder(page.resolve("?v-r=uidl&v-uiId=" + config.path("v-uiId").asInt()))
                    .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(navigation))).build());
            boolean hits = shown.contains("hit-snippet");
            log.debug("search page warmed up in {} ms (hits shown: {})", (System.nanoTime() - start) / 1_000_000, hits);
            return hits;
        } catch (IOException | RuntimeException e) {
            log.debug("search page warm-up skipped: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The node that listens for the client's navigations: the UI's. */
    private static int navigatingNode(JsonNode uidl) {
        return StreamSupport.stream(uidl.path("changes").spliterator(), false)
                .filter(change -> change.path("key").asString("").equals("ui-navigate"))
                .mapToInt(change -> change.path("node").asInt()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the UI does not listen for navigations"));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    }

    private static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(request.uri() + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}
