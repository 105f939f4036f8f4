package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.SakuinApplication;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;
import org.sakuin.web.TestIndexFolder;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** A running server ingests what is copied into its corpus folder, in any folder below it, and drops what is deleted. */
class WatchedCorpusTest {

    private static final Path PLANS = Path.of("src/test/resources/extra-corpus");
    /** The quiet period of two seconds, a run of a few files and a slow machine's share of the cores. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path corpus;

    @Test
    void filesCopiedInWhileTheServerRunsAreSearchableAndDeletedOnesAreGone() throws Exception {
        Files.copy(PLANS.resolve("shionagi_kouki_kihonkeikaku.txt"), corpus.resolve("shionagi.txt"));
        try (ConfigurableApplicationContext server = SpringApplication.run(SakuinApplication.class, "--server.port=0",
                "--sakuin.corpus=" + corpus, "--sakuin.index=" + TestIndexFolder.folder().resolve("watched"))) {
            SearchService search = server.getBean(SearchService.class);
            awaitFound(search, "潮凪", "shionagi.txt");

            Files.copy(PLANS.resolve("kaedeno_dx_suishin_keikaku.txt"), corpus.resolve("kaedeno.txt"));
            awaitFound(search, "楓野", "kaedeno.txt");

            Path folder = Files.createDirectories(corpus.resolve("2025/okayama"));
            Files.copy(PLANS.resolve("saginomori_jisshikeikaku_r7.txt"), folder.resolve("saginomori.txt"));
            awaitFound(search, "鷺ノ森", "saginomori.txt");

            Files.delete(corpus.resolve("kaedeno.txt"));
            await(() -> files(search, "楓野").stream().noneMatch(f -> f.endsWith("kaedeno.txt")),
                    "kaedeno.txt removed from the index");
            assertThat(files(search, "潮凪")).as("the file left in place").anyMatch(f -> f.endsWith("shionagi.txt"));
        }
    }

    private static void awaitFound(SearchService search, String query, String file) throws InterruptedException {
        await(() -> files(search, query).stream().anyMatch(f -> f.endsWith(file)), file + " found by " + query);
    }

    private static List<String> files(SearchService search, String query) {
        return search.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::file).toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
