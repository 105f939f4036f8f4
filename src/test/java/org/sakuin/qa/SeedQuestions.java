package org.sakuin.qa;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.search.SearchService;

/** Question tests over an index of the seed texts, built once per test class. */
abstract class SeedQuestions {

    @TempDir
    static Path folder;
    private static LuceneIndex index;
    static QuestionAnsweringService answers;

    @BeforeAll
    static void indexSeeds() throws IOException {
        index = SeedIndex.build(folder);
        answers = new QuestionAnsweringService(new SearchService(index));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }
}
