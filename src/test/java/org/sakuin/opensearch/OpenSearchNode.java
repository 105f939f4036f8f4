package org.sakuin.opensearch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the test cluster: its own copy of the distribution (its settings, data and logs inside it), fixed
 * ports, and the process running it. The ports and the data stay when the node is killed and started again, as a
 * crashed server's would.
 */
final class OpenSearchNode {

    final String name;
    final int httpPort;
    final int transportPort;
    private final Path home;
    private final NodeUser user;
    private Process process;

    OpenSearchNode(String name, Path home, int httpPort, int transportPort, NodeUser user) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.user = user;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Writes the node's settings into its copy of the distribution; {@code cluster} is the part all nodes share. */
    void configure(String cluster) throws IOException {
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("tmp"));
        Files.writeString(home.resolve("config/opensearch.yml"), cluster + String.join("\n",
                "node.name: " + name,
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                "path.data: " + home.resolve("data"),
                "path.logs: " + home.resolve("logs"),
                ""));
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(user.command(List.of(home.resolve("bin/opensearch").toString())))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        Map<String, String> env = builder.environment();
        env.put("OPENSEARCH_JAVA_HOME", OpenSearchDistribution.javaHome());
        // Only the quick JIT compiler: on 2 cores both nodes were green in 32 s instead of 82 s (same load), and
        // the tests' few requests do not need the optimising one.
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m -XX:TieredStopAtLevel=1");
        // Else OpenSearch makes its temporary folder in /tmp and leaves it there.
        env.put("OPENSEARCH_TMPDIR", home.resolve("tmp").toString());
        process = builder.start();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Like {@code kill -9}: the node gets no chance to shut down cleanly. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        // bin/opensearch execs the JVM, but should anything be left below it, it goes too.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Asks the node to shut down, and kills it if it has not within 30 s. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Whether the node stopped because another program took one of its ports before it could bind it. */
    boolean lostAPort() {
        return !isRunning() && logTail(Integer.MAX_VALUE).contains("BindException");
    }

    /** The last lines the node printed, for a failure message. */
    String logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(console()), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private Path console() {
        return home.resolve("logs/console.log");
    }
}
