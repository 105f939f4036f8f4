package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** The one place an index is opened from its settings. */
class PlanIndexesTest {

    @TempDir
    Path folder;
    @TempDir
    Path plans;

    @Test
    void anEmbeddedSettingOpensTheFolderItNamesForWritingThenForReading() throws IOException {
        Files.writeString(plans.resolve("a.txt"), "第1章 交通\n月影橋の架け替えを進めます。\n");
        IndexSettings settings = IndexSettings.embedded(folder);
        try (PlanIndex index = PlanIndexes.openForWriting(settings); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(plans), IngestListener.NONE);
        }
        try (PlanIndex index = PlanIndexes.openForReading(settings)) {
            assertThat(index.files()).extracting(f -> Path.of(f.document().file()).getFileName().toString()).containsExactly("a.txt");
        }
    }

    @Test
    void readingWhereNothingWasIngestedSaysWhatToRunFirst() {
        assertThatThrownBy(() -> PlanIndexes.openForReading(IndexSettings.embedded(folder.resolve("none"))))
                .isInstanceOf(IOException.class).hasMessageContaining("run `ingest --index");
    }
}
