package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;

/**
 * Files a hostile user could hand an ingest end in seconds, with a reason or with bounded results, and garbage fails
 * instead of becoming a document: in this JVM too, where no worker's time-out would stop them.
 */
class HostileInputTest {

    @TempDir
    Path folder;

    @TempDir
    Path indexFolder;

    private IngestReport ingest(IngestSettings settings, Path... files) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder);
             IngestService ingest = new IngestService(index, settings)) {
            return ingest.ingest(List.of(files), IngestListener.NONE);
        }
    }

    private static Map<String, String> reasons(IngestReport report) {
        return report.failures().stream().collect(Collectors.toMap(f -> f.file().getFileName().toString(),
                IngestReport.Failure::reason));
    }

    /** Why the file failed, asserting that it took less than half a minute to find out. */
    private String reasonWithinSeconds(Path file) throws IOException {
        long start = System.nanoTime();
        IngestReport report = ingest(IngestSettings.IN_PROCESS, file);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        return reasons(report).get(file.getFileName().toString());
    }

    @Test
    @Tag("rendering") // generates tens of megabytes
    void aFiftyMegabyteLineStopsAtTheCharacterLimitInSeconds() throws IOException {
        assertThat(reasonWithinSeconds(HostileFiles.oneLongLine(folder.resolve("line.txt"), 50_000_000)))
                .isEqualTo("too much text: over 2000000 characters (split the file)");
    }

    @Test
    void aLongLineBecomesPassagesOfBoundedLength() throws IOException {
        Path line = HostileFiles.oneLongLine(folder.resolve("line.txt"), 100_000);
        IngestReport report = ingest(IngestSettings.IN_PROCESS, line);
        assertThat(report.failures()).isEmpty();
        assertThat(report.passages()).isGreaterThan(15);
    }

    @Test
    @Tag("rendering") // generates tens of megabytes
    void aSheetOfTwoHundredThousandCellsFailsAtTheCellLimit() throws IOException {
        assertThat(reasonWithinSeconds(HostileFiles.manyCells(folder.resolve("cells.xlsx"), 200_000)))
                .isEqualTo("too many table cells: over 100000 (split the file)");
    }

    @Test
    @Tag("rendering") // generates tens of megabytes
    void aDocxOfHugeXmlStopsEarlyWithAReason() throws IOException {
        // 500,000 paragraphs: 60 MB of XML in a zip of under a megabyte
        assertThat(reasonWithinSeconds(HostileFiles.hugeDocx(folder.resolve("huge.docx"), 500_000))).satisfiesAnyOf(
                reason -> assertThat(reason).startsWith("too much text"),
                reason -> assertThat(reason).containsIgnoringCase("zip bomb"));
    }

    @Test
    void tinyRandomFilesNamedAsDocumentsFail() throws IOException {
        Random random = new Random(13);
        List<Path> files = new ArrayList<>();
        for (String extension : List.of("docx", "pdf", "xlsx", "pptx", "doc", "xls", "odt")) {
            for (int size = 1; size <= 10; size++) {
                files.add(HostileFiles.garbage(folder.resolve(size + "." + extension), size, random));
            }
        }
        IngestReport report = ingest(IngestSettings.IN_PROCESS, files.toArray(Path[]::new));
        assertThat(report.ingested()).isZero();
        assertThat(report.failures()).hasSize(files.size())
                .allSatisfy(f -> assertThat(f.reason()).startsWith("not a document Sakuin can read"));
    }

    @Test
    void textOfBytesDecodedAsCharactersFails() throws IOException {
        Path latin = Files.write(folder.resolve("noise.txt"), new byte[] {(byte) 0xC3, (byte) 0xA5, (byte) 0xC2,
                (byte) 0xB8, (byte) 0xE6, (byte) 0xF0, (byte) 0xD7, (byte) 0xBE});
        assertThat(reasons(ingest(IngestSettings.IN_PROCESS, latin)).get("noise.txt"))
                .startsWith("not a document Sakuin can read");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadInEitherByteOrder() throws IOException {
        String plan = Files.readString(Path.of("corpus", "hokuto_jisshikeikaku_r6.md"));
        Path little = HostileFiles.text(folder.resolve("little.txt"), plan, StandardCharsets.UTF_16LE);
        Path big = HostileFiles.text(folder.resolve("big.txt"), plan, StandardCharsets.UTF_16BE);
        Path kanaOnly = HostileFiles.text(folder.resolve("kana.txt"), "まちづくりの計画です。みんなでつくります。",
                StandardCharsets.UTF_16LE);
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder);
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            IngestReport report = ingest.ingest(List.of(little, big, kanaOnly), IngestListener.NONE);
            assertThat(report.failures()).isEmpty();
            assertThat(Searches.phrase(index, "北斗")).extracting(hit -> Path.of(hit.file()).getFileName().toString())
                    .contains("little.txt", "big.txt");
            assertThat(Searches.phrase(index, "みんなでつくります")).isNotEmpty();
        }
    }

    @Test
    void utf8AndShiftJisAreNotTakenForUtf16() {
        byte[] utf8 = "移住者数 45人(2023年度)".getBytes(StandardCharsets.UTF_8);
        byte[] sjis = "移住者数 45人(2023年度)".getBytes(java.nio.charset.Charset.forName("windows-31j"));
        assertThat(TextEncodings.utf16WithoutBom(utf8)).isEmpty();
        assertThat(TextEncodings.utf16WithoutBom(sjis)).isEmpty();
        assertThat(TextEncodings.utf16WithoutBom("まちの計画です".getBytes(StandardCharsets.UTF_16BE)))
                .contains(StandardCharsets.UTF_16BE);
    }
}
