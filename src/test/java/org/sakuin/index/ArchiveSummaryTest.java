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

/** What an archive holds, as the server's info reports it. */
class ArchiveSummaryTest {

    @TempDir
    Path plans;
    @TempDir
    Path folder;

    @Test
    void countsFilesPassagesAndIndicatorsAndTheFilesAnOlderAnalysisIndexed() throws IOException {
        Files.writeString(plans.resolve("a.txt"), "第1章 交通\n月影橋の架け替えを進めます。\n\n第2章 観光\n星空観光を進めます。\n");
        Files.writeString(plans.resolve("b.md"), "# 第1章 子育て\n\n| 指標名 | 現状値 | 目標値 |\n|---|---|---|\n"
                + "| 保育所待機児童数 | 12人 | 0人 |\n| 子育て支援センター利用者数 | 1,200人 | 1,500人 |\n");
        try (LuceneIndex older = OlderAnalysis.openForWriting(folder); IngestService ingest = new IngestService(older, IngestSettings.IN_PROCESS)) {
            ingest.synchronize(plans, IngestListener.NONE);
        }

        try (LuceneIndex index = LuceneIndex.openForWriting(folder); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ArchiveSummary older = index.summary();
            ingest.synchronize(plans, IngestListener.NONE);
            ArchiveSummary current = index.summary();

            assertThat(older.analysis()).isEqualTo(AnalysisVersion.CURRENT);
            assertThat(older.files()).isEqualTo(2);
            assertThat(older.outdatedFiles()).as("until ingested again").isEqualTo(2);
            assertThat(current.outdatedFiles()).isZero();
            assertThat(current.files()).isEqualTo(2);
            assertThat(current.passages()).isEqualTo(index.files().stream().mapToInt(IndexedFile::passages).sum())
                    .isGreaterThanOrEqualTo(3);
            assertThat(current.indicators()).isEqualTo(index.searchIndicators(new IndicatorQuery(List.of(), List.of(),
                    PassageFilter.NONE, null, null, 0, 10)).total()).isPositive();
        }
    }
}
