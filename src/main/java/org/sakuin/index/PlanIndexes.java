package org.sakuin.index;

import java.io.IOException;

/** Opens the index the settings name, on their backend: the one place an implementation of {@link PlanIndex} is chosen. */
public final class PlanIndexes {

    private PlanIndexes() {
    }

    /** For ingesting and searching; on the embedded backend this holds the folder's write lock. */
    public static PlanIndex openForWriting(IndexSettings settings) throws IOException {
        return switch (settings.backend()) {
            case EMBEDDED -> LuceneIndex.openForWriting(settings.folder());
            case OPENSEARCH -> OpenSearchIndex.openForWriting(settings.cluster());
        };
    }

    /** For searching only, beside a process that may be writing; fails when there is no index yet. */
    public static PlanIndex openForReading(IndexSettings settings) throws IOException {
        return switch (settings.backend()) {
            case EMBEDDED -> LuceneIndex.openForReading(settings.folder());
            case OPENSEARCH -> OpenSearchIndex.openForReading(settings.cluster());
        };
    }

    /**
     * A rebuild of the index with this Sakuin's analysis, beside the one searched; the embedded index needs none,
     * for every ingest re-ingests the files an older analysis indexed.
     */
    public static IndexRebuild rebuild(IndexSettings settings) throws IOException {
        return switch (settings.backend()) {
            case EMBEDDED -> throw new IllegalArgumentException("the embedded index is brought up to date by any "
                    + "ingest (it re-ingests the files an older analysis indexed): run `ingest`");
            case OPENSEARCH -> ClusterRebuild.start(settings.cluster());
        };
    }
}
