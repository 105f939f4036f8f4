package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** An index of the seed texts, as ../shared/eval/README.md builds it for scoring. */
final class SeedIndex {

    static final Path SEEDS = Path.of("src/test/resources/seeds");

    private SeedIndex() {
    }

    static LuceneIndex build(Path folder) throws IOException {
        LuceneIndex index = LuceneIndex.openForWriting(folder);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            assertThat(ingest.ingest(List.of(SEEDS), IngestListener.NONE).allIngested()).isTrue();
        }
        return index;
    }
}
