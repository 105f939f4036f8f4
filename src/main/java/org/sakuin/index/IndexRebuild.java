package org.sakuin.index;

import java.io.Closeable;
import java.util.List;

/**
 * An index being rebuilt beside the one searched, with the analysis of this Sakuin: the plans are ingested into
 * {@link #target()} while searches go on in the old index, then {@link #switchOver()} moves the alias in one step
 * and drops the old index. Closed without switching, the new index is dropped and nothing has changed.
 */
public interface IndexRebuild extends Closeable {

    /** The files of the index searched now, to ingest again. */
    List<IndexedFile> files();

    /** The new index, for the ingest. */
    PlanIndex target();

    /** Points the alias at the new index and drops the old one. */
    void switchOver();
}
