package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.LuceneIndex;

/**
 * A folder of broken files next to good ones, all made here: each broken file fails with a one-line reason a
 * person can act on, and the good files are ingested and searchable all the same.
 */
class BadInputTest {

    private static final Path PDF = Path.of("corpus", "iruma_zenki_kihonkeikaku_dai1sho.pdf");

    @TempDir
    static Path folder;

    @TempDir
    static Path indexFolder;

    private static LuceneIndex index;
    private static IngestReport report;
    private static Map<String, String> reasons;

    @BeforeAll
    static void ingestAFolderOfBadAndGoodFiles() throws IOException {
        byte[] pdf = Files.readAllBytes(PDF);
        byte[] noise = new byte[8192];
        new Random(20240401).nextBytes(noise);

        Files.write(folder.resolve("header-then-garbage.pdf"), concat("%PDF-1.7\n".getBytes(), noise));
        Files.write(folder.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.write(folder.resolve("random.pdf"), noise);
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        Files.write(folder.resolve("binary.txt"), noise);
        Files.write(folder.resolve("unknown.dat"), noise);
        Files.writeString(folder.resolve("blank.txt"), " \n\n\u3000\n");
        encrypt(pdf, "user-secret", folder.resolve("encrypted.pdf"));
        encrypt(pdf, "", folder.resolve("owner-password-only.pdf"));
        Files.copy(PDF, folder.resolve("iruma.pdf"));
        Files.copy(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt"), folder.resolve("rumoi.txt"));

        index = LuceneIndex.openForWriting(indexFolder);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            report = ingest.ingest(List.of(folder), IngestListener.NONE);
        }
        reasons = report.failures().stream().collect(Collectors.toMap(
                f -> f.file().getFileName().toString(), IngestReport.Failure::reason));
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    /** A PDF that opens only with the user password (an empty one: anyone may read it, not edit it). */
    private static void encrypt(byte[] pdf, String userPassword, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    @Test
    void everyBrokenFileFailsAndNoGoodOneDoes() {
        assertThat(reasons).containsOnlyKeys("header-then-garbage.pdf", "truncated.pdf", "random.pdf", "empty.pdf",
                "binary.txt", "unknown.dat", "blank.txt", "encrypted.pdf");
        assertThat(report.ingested()).isEqualTo(3);
    }

    @Test
    void reasonsAreOneShortLine() {
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason)
                .isNotBlank().doesNotContain("\n", "\r", "Exception", "org.apache").hasSizeLessThan(160));
    }

    @Test
    void encryptedPdfSaysItIsEncrypted() {
        assertThat(reasons.get("encrypted.pdf")).contains("encrypted", "password");
    }

    @Test
    void emptyFileSaysItIsEmpty() {
        assertThat(reasons.get("empty.pdf")).isEqualTo("empty file");
    }

    @Test
    void brokenPdfsSayTheyAreCorrupt() {
        assertThat(reasons.get("header-then-garbage.pdf")).startsWith("corrupt or unreadable");
        assertThat(reasons.get("truncated.pdf")).startsWith("corrupt or unreadable");
    }

    @Test
    void binaryDataIsNotADocument() {
        assertThat(reasons.get("unknown.dat")).startsWith("not a document Sakuin can read");
        assertThat(reasons.get("random.pdf")).isEqualTo("not a document Sakuin can read: named .pdf but its bytes "
                + "are not PDF (detected as application/octet-stream)");
        // named .txt, Tika decodes it as UTF-16: the garbage must not reach the index
        assertThat(reasons.get("binary.txt")).startsWith("not a document Sakuin can read").contains("binary");
    }

    @Test
    void textFileWithoutTextSaysSoWithoutBlamingScanning() {
        assertThat(reasons.get("blank.txt")).startsWith("no text found").doesNotContain("scanned");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsReadable() {
        assertThat(index.files()).extracting(f -> Path.of(f.document().file()).getFileName().toString())
                .contains("owner-password-only.pdf");
        assertThat(Searches.phrase(index, "自治会加入世帯数"))
                .extracting(hit -> Path.of(hit.file()).getFileName().toString())
                .containsExactlyInAnyOrder("iruma.pdf", "owner-password-only.pdf");
    }

    @Test
    void goodFilesNextToBadOnesAreIngestedAndSearchable() {
        assertThat(index.files()).extracting(f -> Path.of(f.document().file()).getFileName().toString())
                .containsExactlyInAnyOrder("iruma.pdf", "owner-password-only.pdf", "rumoi.txt");
        assertThat(index.files()).allSatisfy(f -> assertThat(f.passages()).isPositive());
        assertThat(index.files()).extracting(IndexedFile::document).allSatisfy(d -> assertThat(d.file())
                .doesNotContain("binary", "garbage", "random", "truncated", "encrypted.pdf"));
        assertThat(Searches.phrase(index, "洋上風力発電")).isNotEmpty();
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithItsSize(@TempDir Path small) throws IOException {
        Path rumoi = Files.copy(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt"), small.resolve("rumoi.txt"));
        try (TikaExtractor extractor = new TikaExtractor(IngestSettings.IN_PROCESS.withMaxFileBytes(1000),
                Duration.ofSeconds(30))) {
            assertThatThrownBy(() -> extractor.extract(rumoi))
                    .isInstanceOf(IngestException.class)
                    .hasMessage("too large: " + Files.size(rumoi) + " bytes (limit 1000)");
        }
    }
}
