package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sakuin.SakuinApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A server whose cluster is down starts all the same, and says the archive is unreachable instead of failing. */
class UnreachableClusterTest {

    @Test
    void theApiAnswers503WithTheReasonAndThePageIsServed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext server = SpringApplication.run(SakuinApplication.class,
                "--server.port=0", "--sakuin.backend=opensearch", "--sakuin.opensearch.url=http://127.0.0.1:" + closed,
                "--sakuin.corpus=" + TestIndexFolder.folder().resolve("no-corpus"),
                "--sakuin.index=" + TestIndexFolder.folder().resolve("unused"))) {
            URI base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort());
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> search = http.send(HttpRequest.newBuilder(base.resolve("/api/search?q="
                    + URLEncoder.encode("自治会", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.body()).contains("unreachable").doesNotContain("\tat ");

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }
}
