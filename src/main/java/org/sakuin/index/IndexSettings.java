package org.sakuin.index;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the archive is kept and on which backend: the one setting the command line, the REST API and the UI all
 * open their index from ({@link PlanIndexes}), so none of them picks an implementation.
 *
 * @param backend the engine keeping the index
 * @param folder  the embedded index's folder
 * @param cluster how to reach the cluster, for {@link Backend#OPENSEARCH}
 */
public record IndexSettings(Backend backend, Path folder, Cluster cluster) {

    /** The engines an archive can be kept in. */
    public enum Backend {
        /** A Lucene index in a folder of this machine ({@link LuceneIndex}). */
        EMBEDDED,
        /** An index (an alias of one) on an OpenSearch cluster ({@link OpenSearchIndex}). */
        OPENSEARCH
    }

    /**
     * An OpenSearch cluster: any of its nodes' addresses (the client moves to another when one is down), the alias
     * Sakuin's index is reached by, a user and password when the cluster asks for them, and the primary shards an
     * index it creates gets (an existing index keeps its own).
     */
    public record Cluster(List<URI> nodes, String index, String user, String password, int shards) {

        public static final String DEFAULT_INDEX = "sakuin";

        /** With one primary shard, enough for some tens of gigabytes (see the README for all of Japan). */
        public Cluster(List<URI> nodes, String index, String user, String password) {
            this(nodes, index, user, password, 1);
        }

        public Cluster {
            if (shards < 1 || shards > 1024) {
                throw new IllegalArgumentException("primary shards are 1 to 1024, not " + shards);
            }
            nodes = List.copyOf(nodes);
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException("an OpenSearch backend needs the address of at least one node");
            }
            for (URI node : nodes) {
                if (node.getHost() == null || !List.of("http", "https").contains(node.getScheme())) {
                    throw new IllegalArgumentException("not an http(s) address of an OpenSearch node: " + node);
                }
            }
            index = index == null || index.isBlank() ? DEFAULT_INDEX : index.strip();
            if (!index.matches("[a-z0-9][a-z0-9_-]*")) {
                throw new IllegalArgumentException("an OpenSearch index name is lower-case letters, digits, - and _: "
                        + index);
            }
        }

        @Override
        public String toString() {
            return "Cluster[nodes=" + nodes + ", index=" + index + ", user=" + user + ", shards=" + shards + "]";
        }
    }

    public IndexSettings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(folder, "folder");
        if (backend == Backend.OPENSEARCH && cluster == null) {
            throw new IllegalArgumentException("the opensearch backend needs the cluster's address (--opensearch URL)");
        }
    }

    public static IndexSettings embedded(Path folder) {
        return new IndexSettings(Backend.EMBEDDED, folder, null);
    }

    public static IndexSettings opensearch(Cluster cluster) {
        return new IndexSettings(Backend.OPENSEARCH, Path.of("index"), cluster);
    }

    /** Where the index is, for messages: "index" or "sakuin on http://…". */
    public String describe() {
        return backend == Backend.EMBEDDED ? folder.toString() : cluster.index() + " on " + cluster.nodes().getFirst();
    }
}
