package org.sakuin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sakuin.web.TestIndexFolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A server whose archive cannot be searched says so: health is down (503) with the reason, info still answers. */
class ArchiveDownTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aClusterThatCannotBeReachedMakesHealthDownWith503AndTheReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        // the disk space is measured there: it must exist, so that the archive alone is what is down
        Path folder = Files.createDirectories(TestIndexFolder.folder().resolve("archive-down"));
        try (OpsServer server = OpsServer.start("--sakuin.backend=opensearch",
                "--sakuin.opensearch.url=http://127.0.0.1:" + closed, "--sakuin.index=" + folder,
                "--sakuin.corpus=" + TestIndexFolder.folder().resolve("no-corpus"))) {
            HttpResponse<String> response = server.asAdmin("/actuator/health");
            JsonNode health = JSON.readTree(response.body());
            JsonNode info = JSON.readTree(server.asAdmin("/actuator/info").body());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(health.path("status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/archive/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/archive/details/error").asString()).contains("unreachable");
            assertThat(health.at("/components/diskSpace/status").asString()).isEqualTo("UP");
            assertThat(info.at("/build/version").asString()).isNotBlank();
            assertThat(info.at("/archive/error").asString()).contains("unreachable");
        }
    }
}
