package org.sakuin.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real 2-node OpenSearch cluster on 127.0.0.1 for the tests tagged {@code cluster}: both nodes
 * cluster-manager-eligible data nodes on random free ports, each on its own copy of the distribution in a
 * temporary folder. It starts once per test JVM, when the first test asks for it through {@link Extension}, is
 * shared by every such test class, and is stopped and deleted when the run ends.
 */
public final class OpenSearchCluster implements AutoCloseable {

    /** How long the nodes may take to start and find each other, on a busy 2-core machine too. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int NODES = 2;
    private static final int PORT_ATTEMPTS = 3;

    /**
     * Resolves a test's {@code OpenSearchCluster} parameter to the cluster of this run: kept in the root context's
     * store, so it is started for the first test that wants it and closed when JUnit closes that store.
     */
    public static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(OpenSearchCluster.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == OpenSearchCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(Start.class, key -> Start.attempt(), Start.class)
                    .cluster();
        }
    }

    /**
     * How the one start went. The store does not keep a failure, so it is kept here: else every later test would
     * try again, each for up to {@link #START_TIMEOUT}.
     */
    private record Start(OpenSearchCluster started, Throwable failure) implements AutoCloseable {

        static Start attempt() {
            try {
                return new Start(start(), null);
            } catch (RuntimeException | AssertionError e) {
                return new Start(null, e);
            }
        }

        OpenSearchCluster cluster() {
            if (failure instanceof AssertionError e) {
                throw e;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    private final Path work;
    private final List<OpenSearchNode> nodes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private OpenSearchCluster(Path work, List<OpenSearchNode> nodes) {
        this.work = work;
        this.nodes = nodes;
    }

    /** The HTTP address of each node, in node order. */
    public List<URI> nodeUris() {
        return nodes.stream().map(OpenSearchNode::uri).toList();
    }

    /** Kills node {@code i} like {@code kill -9}; {@link #restartNode} brings it back. */
    public void killNode(int i) throws InterruptedException {
        nodes.get(i).kill();
    }

    /** Starts node {@code i} again on its ports and data, and waits until the cluster has both nodes again. */
    public void restartNode(int i) throws IOException, InterruptedException {
        OpenSearchNode node = nodes.get(i);
        if (node.isRunning()) {
            throw new IllegalStateException(node.name + " is still running");
        }
        node.start();
        awaitHealth("wait_for_nodes=" + NODES);
    }

    /** Stops both nodes and deletes their folders; a second call finds nothing left to do. */
    @Override
    public synchronized void close() {
        try {
            for (OpenSearchNode node : nodes) {
                node.stop();
            }
            if (Files.exists(work)) {
                try (Stream<Path> paths = Files.walk(work)) {
                    for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping OpenSearch in " + work, e);
        }
    }

    private static OpenSearchCluster start() {
        try {
            Instant started = Instant.now();
            OpenSearchDistribution distribution = OpenSearchDistribution.prepared();
            NodeUser user = NodeUser.forThisProcess();
            for (int attempt = 1; ; attempt++) {
                OpenSearchCluster cluster = launch(distribution, user, freePorts(2 * NODES));
                try {
                    cluster.awaitHealth("wait_for_status=green&wait_for_nodes=" + NODES);
                    // What the cluster phase costs, in the build's output.
                    System.out.printf("OpenSearch cluster green on %s after %d s%n", cluster.nodeUris(),
                            Duration.between(started, Instant.now()).toSeconds());
                    return cluster;
                } catch (AssertionError e) {
                    boolean portTaken = cluster.nodes.stream().anyMatch(OpenSearchNode::lostAPort);
                    cluster.close();
                    if (!portTaken || attempt == PORT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenSearchCluster launch(OpenSearchDistribution distribution, NodeUser user, int[] ports)
            throws IOException {
        // In the system's temporary folder, which nobody can reach, unlike a checkout below /root.
        Path work = Files.createTempDirectory("sakuin-opensearch-");
        String shared = String.join("\n",
                "cluster.name: " + work.getFileName(),
                "network.host: 127.0.0.1",
                "discovery.seed_hosts: [\"127.0.0.1:" + ports[NODES] + "\", \"127.0.0.1:" + ports[NODES + 1] + "\"]",
                "cluster.initial_cluster_manager_nodes: [\"node-0\", \"node-1\"]",
                // A nearly full disk would leave the replicas unassigned and the cluster yellow.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        List<OpenSearchNode> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            Path home = work.resolve("node-" + i);
            distribution.copyTo(home);
            OpenSearchNode node = new OpenSearchNode("node-" + i, home, ports[i], ports[NODES + i], user);
            node.configure(shared);
            nodes.add(node);
        }
        user.own(work);
        OpenSearchCluster cluster = new OpenSearchCluster(work, nodes);
        // Should the test JVM be ended early (Ctrl-C, a fork timeout), the nodes go with it.
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        for (OpenSearchNode node : nodes) {
            node.start();
        }
        return cluster;
    }

    /** Free loopback ports, held open together so that they differ; a node that then loses one is started again. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /** Waits until {@code _cluster/health?query} answers 200; fails with the nodes' logs if one stops or time is up. */
    private void awaitHealth(String query) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!healthy(query)) {
            for (OpenSearchNode node : nodes) {
                if (!node.isRunning()) {
                    throw new AssertionError(node.name + " stopped before the cluster had " + query + "\n"
                            + logTails());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("OpenSearch had no " + query + " after " + START_TIMEOUT.toSeconds() + " s\n"
                        + logTails());
            }
            Thread.sleep(1000);
        }
    }

    private boolean healthy(String query) throws InterruptedException {
        URI health = nodes.get(0).uri().resolve("/_cluster/health?" + query + "&timeout=5s");
        HttpRequest request = HttpRequest.newBuilder(health)
                .timeout(Duration.ofSeconds(15))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private String logTails() {
        return nodes.stream()
                .map(node -> "--- last lines of " + node.name + " ---\n" + node.logTail(40))
                .collect(Collectors.joining("\n"));
    }
}
