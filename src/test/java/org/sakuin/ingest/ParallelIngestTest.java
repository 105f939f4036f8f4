package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.IndicatorHit;
import org.sakuin.index.IndicatorQuery;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageHit;
import org.sakuin.index.PassageQuery;
import org.sakuin.plan.Indicator;

/** Files ingested on many threads at once end up in the index exactly as when ingested one at a time. */
class ParallelIngestTest {

    private static final Path CORPUS = Path.of("src/test/resources/extra-corpus");

    /** What an ingest leaves in the index, in an order of its own, not the order the files finished in. */
    private record Indexed(IngestReport report, List<IndexedFile> files, List<String> passages,
                           List<Indicator> indicators) {
    }

    @Test
    void aParallelIngestIndexesTheSameFilesPassagesAndIndicatorsAsOneAtATime(@TempDir Path one, @TempDir Path many)
            throws IOException {
        Indexed sequential = ingest(one, 1);
        Indexed parallel = ingest(many, 4);

        assertThat(sequential.files()).hasSizeGreaterThan(10);
        assertThat(sequential.indicators()).isNotEmpty();
        assertThat(parallel.files()).isEqualTo(sequential.files());
        assertThat(parallel.passages()).isEqualTo(sequential.passages());
        assertThat(parallel.indicators()).isEqualTo(sequential.indicators());
        assertThat(parallel.report().ingested()).isEqualTo(sequential.report().ingested());
        assertThat(parallel.report().passages()).isEqualTo(sequential.report().passages());
        assertThat(parallel.report().failures()).isEqualTo(sequential.report().failures());
    }

    @Test
    void theListenerHearsOfEveryFileOnceFromOneThread(@TempDir Path indexFolder) throws IOException {
        List<Path> heard = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder);
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS.withThreads(4))) {
            ingest.ingest(List.of(CORPUS), new IngestListener() {
                @Override
                public void fileDone(Path file, FileOutcome outcome) {
                    heard.add(file);
                    threads.add(Thread.currentThread());
                }
            });
        }
        assertThat(heard).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        SourceFiles.expand(List.of(CORPUS)).files().stream().map(SourceFiles.Source::file).toList());
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    private static Indexed ingest(Path indexFolder, int threads) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder);
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS.withThreads(threads))) {
            IngestReport report = ingest.ingest(List.of(CORPUS), IngestListener.NONE);
            List<String> passages = index.search(new PassageQuery(List.of(), List.of(), PassageFilter.NONE, 100_000))
                    .hits().stream().map(ParallelIngestTest::describe).sorted().toList();
            List<Indicator> indicators = index.searchIndicators(new IndicatorQuery(List.of(), List.of(),
                            PassageFilter.NONE, null, null, 0, 100_000))
                    .hits().stream().map(IndicatorHit::indicator).sorted(Comparator.comparing(Indicator::id)).toList();
            return new Indexed(report, index.files(), passages, indicators);
        }
    }

    private static String describe(PassageHit hit) {
        return String.join("\u0001", hit.passageId(), hit.documentId(), hit.file(), String.valueOf(hit.page()),
                hit.section(), String.valueOf(hit.indicatorIds()), String.valueOf(hit.areas()),
                String.valueOf(hit.areaEvidence()), hit.text());
    }
}
