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
}
