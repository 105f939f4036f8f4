package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** An index opened read-only, as a command-line search opens it while another process ingests. */
class ReadOnlyIndexTest {

    @TempDir
    Path plans;
    @TempDir
    Path folder;

    @Test
    void seesAPlanAnotherWriterCommitsWithinAboutASecond() throws Exception {
        Files.writeString(plans.resolve("a.txt"), "第1章 交通\n月影橋の架け替えを進めます。\n");
        ingest();
        try (LuceneIndex reading = LuceneIndex.openForReading(folder)) {
            assertThat(countOf(reading, "星空")).isZero();

            Files.writeString(plans.resolve("b.txt"), "第1章 観光\n星空観光を進めます。\n");
            ingest();

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (countOf(reading, "星空") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(countOf(reading, "星空")).isOne();
            assertThat(countOf(reading, "月影橋")).isOne();
        }
    }

    private void ingest() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.synchronize(plans, IngestListener.NONE);
        }
    }

    private static int countOf(LuceneIndex index, String word) {
        return index.count(new PassageQuery(List.of(List.of(new QueryTerm(word, false))), List.of(), PassageFilter.NONE, 1));
    }
}
