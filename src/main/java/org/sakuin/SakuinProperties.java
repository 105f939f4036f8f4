package org.sakuin;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sakuin.index.IndexSettings;
import org.sakuin.ingest.IngestSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param index      the index folder of the embedded backend
 * @param corpus     the folder kept ingested while the server runs (skipped when it does not exist)
 * @param backend    {@code embedded} (the default) or {@code opensearch}
 * @param opensearch the cluster of the opensearch backend
 * @param uploads    where the files administrators upload are stored
 * @param ingest     how files are read: in worker processes, and the limits of one file
 */
@ConfigurationProperties("sakuin")
public record SakuinProperties(Path index, Path corpus, IndexSettings.Backend backend, OpenSearch opensearch,
                               Path uploads, Ingest ingest) {

    /**
     * The limits of {@link IngestSettings}, each defaulting to its value there ({@code sakuin.ingest.timeout=300s},
     * {@code sakuin.ingest.worker-heap=2GB}, {@code sakuin.ingest.isolated=false} to read in the server's JVM).
     */
    public record Ingest(Boolean isolated, DataSize workerHeap, Duration timeout, Integer threads,
                         DataSize maxFileSize, Integer maxPages, Integer maxCells, Integer maxChars) {

        IngestSettings settings() {
            IngestSettings d = IngestSettings.DEFAULTS;
            return new IngestSettings(threads == null ? d.threads() : threads, timeout == null ? d.timeout() : timeout,
                    isolated == null ? d.isolated() : isolated,
                    workerHeap == null ? d.workerHeapMb() : (int) workerHeap.toMegabytes(),
                    maxFileSize == null ? d.maxFileBytes() : maxFileSize.toBytes(),
                    maxPages == null ? d.maxPages() : maxPages, maxCells == null ? d.maxCells() : maxCells,
                    maxChars == null ? d.maxChars() : maxChars);
        }
    }

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
        ingest = ingest == null ? new Ingest(null, null, null, null, null, null, null, null) : ingest;
    }

    IngestSettings ingestSettings() {
        return ingest.settings();
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
