package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.search.SearchService;

/** "Which towns measure …" is answered with the towns whose indicators are named so, each cited. */
class TownsQuestionTest {

    @TempDir
    Path folder;

    @Test
    void whichTownsMeasureSomethingListsEachTownWithItsIndicator() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder);
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus"), Path.of("src/test/resources/extra-corpus")), IngestListener.NONE);
            QuestionAnsweringService answers = new QuestionAnsweringService(new SearchService(index));

            Answer answer = answers.ask("自治会加入世帯数を指標にしている自治体は？");

            assertThat(answer.answer()).contains("入間市");
            assertThat(answer.sources()).isNotEmpty()
                    .allSatisfy(source -> assertThat(answer.answer()).contains(source.municipality()));
            assertThat(answers.ask("下水道普及率を指標にしている自治体は？").answer()).isNull();
        }
    }
}
