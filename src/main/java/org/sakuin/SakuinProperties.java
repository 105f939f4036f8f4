package org.sakuin;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.sakuin.index.IndexSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param index      the index folder of the embedded backend
 * @param corpus     the folder kept ingested while the server runs (skipped when it does not exist)
 * @param backend    {@code embedded} (the default) or {@code opensearch}
 * @param opensearch the cluster of the opensearch backend
 * @param uploads    where the files administrators upload are stored
 */
@ConfigurationProperties("sakuin")
public record SakuinProperties(Path index, Path corpus, IndexSettings.Backend backend, OpenSearch opensearch,
                               Path uploads) {

    /**
     * @param url      the addresses of the cluster's nodes ({@code sakuin.opensearch.url=http://a:9200,http://b:9200})
     * @param index    the alias of Sakuin's index on it
     * @param user     a user, when the cluster asks for one
     * @param password its password
     * @param shards   the primary shards of an index Sakuin creates there (default 1)
     */
    public record OpenSearch(List<URI> url, String index, String user, String password, Integer shards) {
    }

    public SakuinProperties {
        index = index == null ? Path.of("index") : index;
        corpus = corpus == null ? Path.of("corpus") : corpus;
        backend = backend == null ? IndexSettings.Backend.EMBEDDED : backend;
        uploads = uploads == null ? Path.of("uploads") : uploads;
    }

    /** Where the archive is, as the one place that opens it ({@code PlanIndexes}) reads it. */
    IndexSettings indexSettings() {
        if (backend == IndexSettings.Backend.EMBEDDED) {
            return IndexSettings.embedded(index);
        }
        if (opensearch == null || opensearch.url() == null) {
            throw new IllegalArgumentException("sakuin.backend=opensearch needs sakuin.opensearch.url");
        }
        return IndexSettings.opensearch(new IndexSettings.Cluster(opensearch.url(), opensearch.index(),
                opensearch.user(), opensearch.password(), opensearch.shards() == null ? 1 : opensearch.shards()));
    }
}
