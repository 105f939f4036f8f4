package org.sakuin.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;

/**
 * Pages of PDFs drawn in a worker process, kept on disk by content, and refused for what is no page of a PDF.
 * Starts a JVM, so it runs in the slower phase.
 */
@Tag("rendering")
class PageThumbnailsTest {

    private static final Path PDF = Path.of("corpus", "iruma_zenki_kihonkeikaku_dai1sho.pdf").toAbsolutePath();
    private static final String HASH = "ab".repeat(32);

    @TempDir
    static Path folder;

    private static PageThumbnails thumbnails;

    @BeforeAll
    static void start() {
        thumbnails = new PageThumbnails(folder.resolve("thumbnails"), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        thumbnails.close();
    }

    private static PlanDocument pdf(Path path, String hash, int pages) {
        return new PlanDocument("doc", path.getFileName().toString(), path.toString(), hash, "application/pdf", pages,
                PlanMetadata.UNKNOWN);
    }

    @Test
    void aPageIsDrawnAThumbnailWideAndKeptForTheNextRequest() throws IOException {
        Path png = thumbnails.of(pdf(PDF, HASH, 13), 10).orElseThrow();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(PageThumbnails.WIDTH);
        assertThat(image.getHeight()).as("an A4 page, upright").isBetween(220, 230);
        FileTime drawn = Files.getLastModifiedTime(png);
        assertThat(thumbnails.of(pdf(PDF, HASH, 13), 10)).contains(png);
        assertThat(Files.getLastModifiedTime(png)).isEqualTo(drawn);
    }

    @Test
    void aFileIngestedWithOtherContentGetsThumbnailsOfItsOwn() {
        Path before = thumbnails.of(pdf(PDF, HASH, 13), 1).orElseThrow();
        Path after = thumbnails.of(pdf(PDF, "cd".repeat(32), 13), 1).orElseThrow();

        assertThat(after).isNotEqualTo(before).exists();
    }

    @Test
    void whatIsNoPageOfAPdfHasNoThumbnail() {
        assertThat(thumbnails.of(pdf(PDF, HASH, 13), 0)).isEmpty();
        assertThat(thumbnails.of(pdf(PDF, HASH, 13), 14)).isEmpty();
        PlanDocument text = new PlanDocument("txt", "plan.txt", Path.of("corpus", "hokuto_jisshikeikaku_r6.md")
                .toAbsolutePath().toString(), HASH, "text/plain", 1, PlanMetadata.UNKNOWN);
        assertThat(thumbnails.of(text, 1)).isEmpty();
    }

    @Test
    void aBrokenPdfFailsOnceAndIsNotDrawnAgain() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\nnot a pdf at all\n");
        String hash = "ef".repeat(32);

        assertThat(thumbnails.of(pdf(broken, hash, 3), 1)).isEmpty();
        Files.writeString(broken, "the worker would fail anew, but is not asked");
        assertThat(thumbnails.of(pdf(broken, hash, 3), 1)).isEmpty();
        try (var kept = Files.list(folder.resolve("thumbnails"))) {
            assertThat(kept.map(Path::getFileName).map(Path::toString)).contains(hash + "-1-160.png.failed")
                    .noneMatch(name -> name.startsWith("drawing-"));
        }
        assertThat(thumbnails.of(pdf(PDF, HASH, 13), 2)).as("the next file is drawn").isPresent();
    }

    @Test
    void aPageThatOutlastsTheTimeOutIsGivenUpAndItsWorkerEnded(@TempDir Path kept) throws IOException {
        try (PageThumbnails impatient = new PageThumbnails(kept, Duration.ofMillis(1))) {
            long before = ProcessHandle.current().children().count();

            assertThat(impatient.of(pdf(PDF, HASH, 13), 10)).isEmpty();
            assertThat(kept.resolve(HASH + "-10-160.png.failed")).exists();
            assertThat(ProcessHandle.current().children().count()).as("no worker left drawing").isLessThanOrEqualTo(before);
        }
    }
}
