package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/**
 * A real server in a JVM of its own, on a small index of the corpus, under two clients for two seconds. Slow (the
 * server starts Spring Boot and Vaadin), hence e2e.
 */
@Tag("e2e")
class ServerLoadBenchmarkIT {

    @TempDir
    Path work;

    @Test
    void twoClientsSearchARealServerWithoutErrors() throws IOException, InterruptedException {
        Path index = work.resolve("index");
        try (LuceneIndex lucene = LuceneIndex.openForWriting(index); IngestService ingest = new IngestService(lucene, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus")), IngestListener.NONE);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ServerLoadBenchmark.Result result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = ServerLoadBenchmark.measure(index, SearchBenchmark.withPairs(List.of("子育て支援", "防災 訓練")), 2,
                    2, 0, "512m", out);
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertThat(result.startMillis()).isPositive();
        assertThat(result.firstSuggestMillis()).isPositive();
        assertThat(result.searches()).isPositive();
        assertThat(result.errors()).isZero();
        assertThat(report).contains("searches/s", "p99", "server memory: ");
    }
}
