package org.sakuin.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;

/** How the index writer is set up and flushed for ingests of many plans on all cores. */
final class IndexWriting {

    private IndexWriting() {
    }

    static IndexWriterConfig config(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMegabytes());
    }

    /**
     * The writer's buffer: Lucene's default of 16 MB flushed a segment every few hundred passages (each with a dozen
     * analysed fields), and writing and merging those small segments took a fifth of an ingest. An eighth of the heap,
     * up to 128 MB, leaves the rest to the readers and the files being read.
     */
    private static double ramBufferMegabytes() {
        return Math.clamp(Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024), 16, 128);
    }

    /**
     * Writes the segments still in memory (one per ingest thread) at once on all cores: a commit writes them one after
     * another on its own thread, which at the end of an ingest left the other cores idle for seconds.
     */
    static void flushOnAllCores(IndexWriter writer) {
        IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(i -> {
            try {
                writer.flushNextBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
