package org.sakuin.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;

/** Waits for the server's background ingest of the bundled corpus. */
public final class CorpusIngest {

    public static final String CORPUS = "corpus";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private CorpusIngest() {
    }

    /** The file names the corpus manifest lists (the 5 bundled plan files). */
    public static Set<String> expectedFiles() {
        try {
            List<String> lines = Files.readAllLines(Path.of(CORPUS, "sakuin-manifest.csv"), StandardCharsets.UTF_8);
            return lines.stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks until every file of the manifest is in the index, failing after a few minutes. */
    public static void await(PlanIndex index) {
        Set<String> expected = expectedFiles();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Set<String> indexed = Set.of();
        while (System.nanoTime() < deadline) {
            indexed = index.files().stream().map(IndexedFile::document)
                    .map(doc -> Path.of(doc.file()).getFileName().toString()).collect(Collectors.toSet());
            if (indexed.containsAll(expected)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("the corpus was not ingested within " + TIMEOUT + ": expected " + expected + ", indexed " + indexed);
    }
}
