package org.sakuin.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.sakuin.index.IndexSettings;
import picocli.CommandLine.Option;

/** Where the index is, which every command takes: a folder ({@code --index}) or a cluster ({@code --opensearch}). */
final class IndexOption {

    /** The password is read from the environment, never from an argument that {@code ps} would show. */
    static final String PASSWORD_VARIABLE = "SAKUIN_OPENSEARCH_PASSWORD";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "Index folder of the embedded backend (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--backend", paramLabel = "BACKEND", defaultValue = "embedded",
            converter = BackendConverter.class,
            description = "embedded (a folder, the default) or opensearch (a cluster: --opensearch).")
    IndexSettings.Backend backend;

    @Option(names = "--opensearch", paramLabel = "URL", split = ",",
            description = "Addresses of the cluster's nodes, e.g. http://127.0.0.1:9200 (several: comma-separated).")
    List<URI> opensearch = List.of();

    @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = IndexSettings.Cluster.DEFAULT_INDEX,
            description = "The alias of Sakuin's index on the cluster (default: ${DEFAULT-VALUE}).")
    String clusterIndex;

    @Option(names = "--opensearch-user", paramLabel = "USER",
            description = "User for the cluster; the password is taken from $" + PASSWORD_VARIABLE + ".")
    String user;

    @Option(names = "--opensearch-shards", paramLabel = "N", defaultValue = "1",
            description = "Primary shards of an index Sakuin creates on the cluster (default: ${DEFAULT-VALUE}).")
    int shards;

    IndexSettings settings() {
        // naming a cluster is choosing it: --opensearch alone means the opensearch backend
        if (backend == IndexSettings.Backend.OPENSEARCH || !opensearch.isEmpty()) {
            return IndexSettings.opensearch(new IndexSettings.Cluster(opensearch, clusterIndex, user,
                    System.getenv(PASSWORD_VARIABLE), shards));
        }
        return IndexSettings.embedded(folder);
    }

    /** The backend by its lower-case name, as the README and the settings file write it. */
    static final class BackendConverter implements picocli.CommandLine.ITypeConverter<IndexSettings.Backend> {
        @Override
        public IndexSettings.Backend convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "embedded" -> IndexSettings.Backend.EMBEDDED;
                case "opensearch" -> IndexSettings.Backend.OPENSEARCH;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown backend '" + value + "': embedded or opensearch");
            };
        }
    }
}
