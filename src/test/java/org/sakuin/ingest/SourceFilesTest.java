package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.LuceneIndex;
import org.sakuin.plan.PlanDocument;

/**
 * What a folder holds besides plans: links out of it are refused, special files and dangling links reported and
 * never opened, and plans are named from the folder down, never by the server's path.
 */
class SourceFilesTest {

    private static final String PLAN = "第1章 まちづくりの基本方針\n地域の公共交通を守り、移住と定住を進めます。\n";

    @TempDir
    Path folder;

    @TempDir
    Path outside;

    @TempDir
    Path indexFolder;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // opening the FIFO would block for ever
    void linksOutOfTheFolderAreRefusedAndSpecialFilesReportedWithoutBeingOpened() throws Exception {
        Files.writeString(Files.createDirectories(folder.resolve("旭川市")).resolve("計画.txt"), PLAN,
                StandardCharsets.UTF_8);
        Path secret = Files.writeString(outside.resolve("secret.txt"), "門外不出の合言葉 " + PLAN, StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(folder.resolve("elsewhere"), outside);
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("never-there.txt"));
        Files.createSymbolicLink(folder.resolve("same.txt"), folder.resolve("旭川市/計画.txt"));
        Path fifo = folder.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        Map<String, FileOutcome> heard = new HashMap<>();
        IngestReport report = ingest(List.of(folder), new IngestListener() {
            @Override
            public void fileDone(Path file, FileOutcome outcome) {
                heard.put(file.getFileName().toString(), outcome);
            }
        });

        assertThat(heard.get("passwd.txt").status()).as("told as it happens").isEqualTo(FileOutcome.Status.FAILED);
        Map<String, String> reasons = report.failures().stream()
                .collect(Collectors.toMap(f -> f.file().getFileName().toString(), IngestReport.Failure::reason));
        assertThat(reasons).containsOnly(
                Map.entry("passwd.txt", SourceFiles.LINK_OUTSIDE),
                Map.entry("elsewhere", SourceFiles.LINK_OUTSIDE),
                Map.entry("gone.txt", SourceFiles.BROKEN_LINK),
                Map.entry("pipe.txt", "not a regular file (FIFO)"));
        assertThat(report.ingested()).as("the plan, once though linked twice").isEqualTo(1);
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder)) {
            assertThat(index.files()).extracting(IndexedFile::document).extracting(PlanDocument::file)
                    .containsExactly("旭川市/計画.txt");
        }
    }

    @Test
    void aSpecialFileGivenByItselfIsReportedAndAFileGivenByItselfIsNamedByItsName() throws Exception {
        Path fifo = folder.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path plan = Files.writeString(outside.resolve("計画.txt"), PLAN, StandardCharsets.UTF_8);

        IngestReport report = ingest(List.of(fifo, plan));

        assertThat(report.failures()).singleElement().extracting(IngestReport.Failure::reason)
                .isEqualTo("not a regular file (FIFO)");
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder)) {
            assertThat(index.files()).extracting(IndexedFile::document).extracting(PlanDocument::file)
                    .containsExactly("計画.txt");
        }
    }

    @Test
    void aFileRecordedUnderAnotherNameIsIngestedAgainUnderTheNameItHasNow() throws IOException {
        Path town = Files.createDirectories(folder.resolve("旭川市"));
        Path plan = Files.writeString(town.resolve("計画.txt"), PLAN, StandardCharsets.UTF_8);
        assertThat(ingest(List.of(folder)).ingested()).isEqualTo(1);
        assertThat(ingest(List.of(folder)).unchanged()).as("same name, same bytes").isEqualTo(1);

        assertThat(ingest(List.of(town)).ingested()).as("named from another folder").isEqualTo(1);

        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder)) {
            assertThat(index.files()).extracting(IndexedFile::document).extracting(PlanDocument::file)
                    .containsExactly("計画.txt");
        }
    }

    @Test
    void aNameAnOlderSakuinRecordedAsTheServersPathBecomesTheFilesName() {
        Path plan = folder.resolve("計画.txt");
        assertThat(SourceFiles.storedName(plan.toAbsolutePath().toString(), plan)).isEqualTo("計画.txt");
        assertThat(SourceFiles.storedName("../shared/seeds/計画.txt", plan)).isEqualTo("計画.txt");
        assertThat(SourceFiles.storedName("旭川市/計画.txt", plan)).isEqualTo("旭川市/計画.txt");
    }

    private IngestReport ingest(List<Path> paths) throws IOException {
        return ingest(paths, IngestListener.NONE);
    }

    private IngestReport ingest(List<Path> paths, IngestListener listener) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder);
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            return ingest.ingest(paths, listener);
        }
    }
}
