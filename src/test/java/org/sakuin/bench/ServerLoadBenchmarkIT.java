package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/**
 * A real server in a JVM of its own, on a small index of the corpus, under concurrent clients: alone, and while
 * plans copied into its corpus folder are ingested. Slow (the server starts Spring Boot and Vaadin), hence e2e.
 */
@Tag("e2e")
class ServerLoadBenchmarkIT {

    @TempDir
    Path work;
    Path index;

    @BeforeEach
    void indexTheCorpus() throws IOException {
        index = work.resolve("index");
        try (LuceneIndex lucene = LuceneIndex.openForWriting(index); IngestService ingest = new IngestService(lucene,
                IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus")), IngestListener.NONE);
        }
    }

    @Test
    void twoClientsSearchARealServerWithoutErrors() throws IOException, InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ServerLoadBenchmark.Result result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = ServerLoadBenchmark.run(index, SearchBenchmark.withPairs(List.of("子育て支援", "防災 訓練")),
                    ServerLoadBenchmark.Load.of(2, 2, "512m").withWarmUp(0), out);
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertThat(result.startMillis()).isPositive();
        assertThat(result.firstSuggestMillis()).isPositive();
        assertThat(result.searches()).isPositive();
        assertThat(result.errors()).isZero();
        assertThat(result.wrong()).isZero();
        assertThat(report).contains("searches/s", "p99", "server memory: ");
    }

    @Test
    void eightClientsGetRightAnswersWhileThirtyCopiedPlansAreIngested() throws IOException, InterruptedException {
        List<String> queries = Files.readAllLines(Path.of("src/test/resources/eval/dev-queries.tsv")).stream()
                .map(line -> line.split("\t")[0].strip())
                .filter(q -> !q.isEmpty() && !q.startsWith("#") && !q.equals("query")).toList();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ServerLoadBenchmark.Result result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = ServerLoadBenchmark.run(index, SearchBenchmark.withPairs(queries),
                    // 30 s: the server's worker processes start while the clients load its two cores, which took
                    // longer than a 15 s run before the first copied file was read
                    ServerLoadBenchmark.Load.of(8, 30, "1g").withWarmUp(2)
                            .withIngest(30, List.of(Path.of("src/test/resources/extra-corpus"))), out);
        }
        System.out.print(printed.toString(StandardCharsets.UTF_8));
        assertThat(result.searches()).isPositive();
        assertThat(result.errors()).isZero();
        assertThat(result.wrong()).isZero();
        assertThat(result.filesIngested()).as("files ingested while the clients searched").isPositive();
    }
}
