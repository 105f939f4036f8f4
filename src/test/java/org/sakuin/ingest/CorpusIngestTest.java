package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PassageHit;
import org.sakuin.plan.PlanDocument;

/** The bundled corpus, ingested once through the public door into a real Lucene index. */
class CorpusIngestTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    static Path indexFolder;

    private static LuceneIndex index;
    private static IngestReport report;
    private static final List<Path> reported = new ArrayList<>();

    @BeforeAll
    static void ingestTheCorpus() throws IOException {
        index = LuceneIndex.openForWriting(indexFolder);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            report = ingest.ingest(List.of(CORPUS), new IngestListener() {
                @Override
                public void fileDone(Path file, FileOutcome outcome) {
                    reported.add(file);
                }
            });
        }
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    private static Map<String, PlanDocument> documentsByName() {
        return index.files().stream().map(IndexedFile::document)
                .collect(Collectors.toMap(d -> Path.of(d.file()).getFileName().toString(), Function.identity()));
    }

    @Test
    void everyCorpusFileIsIngested() {
        assertThat(report.failures()).isEmpty();
        assertThat(report.ingested()).isEqualTo(5);
        assertThat(report.passages()).isEqualTo(index.files().stream().mapToInt(IndexedFile::passages).sum())
                .isGreaterThan(50);
        assertThat(reported).hasSize(5).noneMatch(p -> p.endsWith(Manifest.FILE_NAME));
        assertThat(documentsByName()).containsOnlyKeys("asahikawa_kihonseisaku12.docx", "hokuto_jisshikeikaku_r6.md",
                "sapporo_renkei_vision.html", "rumoi_kouki_kihonkeikaku_sjis.txt",
                "iruma_zenki_kihonkeikaku_dai1sho.pdf");
    }

    @Test
    void manifestNamesEachFilesTownTitleAndPlanType() throws IOException {
        Map<String, PlanDocument> documents = documentsByName();
        List<String> rows = Files.readAllLines(CORPUS.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).isEqualTo("file,municipality,prefecture,title,plan_type");
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split(",");
            PlanDocument document = documents.get(columns[0]);
            assertThat(document).as(columns[0]).isNotNull();
            assertThat(document.metadata().municipality()).as(columns[0]).isEqualTo(columns[1]);
            assertThat(document.metadata().prefecture()).as(columns[0]).isEqualTo(columns[2]);
            assertThat(document.metadata().title()).as(columns[0]).isEqualTo(columns[3]);
            assertThat(document.metadata().planType()).as(columns[0]).isEqualTo(columns[4]);
        }
    }

    @Test
    void periodComesFromThePlansOwnWords() {
        Map<String, PlanDocument> documents = documentsByName();
        assertThat(documents.get("hokuto_jisshikeikaku_r6.md").metadata().period()).hasToString("2018–2027");
        assertThat(documents.get("rumoi_kouki_kihonkeikaku_sjis.txt").metadata().period()).hasToString("2022–2026");
    }

    @Test
    void documentsRecordWhereTheyCameFromAndWhatTheyAre() throws IOException {
        PlanDocument pdf = documentsByName().get("iruma_zenki_kihonkeikaku_dai1sho.pdf");
        Path file = CORPUS.resolve("iruma_zenki_kihonkeikaku_dai1sho.pdf");
        assertThat(pdf.pages()).isEqualTo(13);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.path()).isEqualTo(file.toRealPath().toString());
        assertThat(pdf.file()).as("named from the folder down, not by the server's path")
                .isEqualTo("iruma_zenki_kihonkeikaku_dai1sho.pdf");
        assertThat(pdf.contentHash()).isEqualTo(SourceFiles.contentHash(file)).hasSize(64);
        assertThat(documentsByName().get("sapporo_renkei_vision.html").pages()).isEqualTo(1);
    }

    @Test
    void pdfPassagesAreFoundOnTheirPage() {
        List<PassageHit> hits = Searches.phrase(index, "自治会加入世帯数");
        assertThat(hits).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.file()).endsWith("iruma_zenki_kihonkeikaku_dai1sho.pdf");
            assertThat(hit.page()).isEqualTo(10);
            assertThat(hit.municipality()).isEqualTo("入間市");
        });
    }

    @Test
    void shiftJisTextIsSearchableInJapanese() {
        assertThat(Searches.phrase(index, "洋上風力発電")).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.file()).endsWith("rumoi_kouki_kihonkeikaku_sjis.txt"));
    }

    @Test
    void wordTableRowsAreSearchable() {
        assertThat(Searches.phrase(index, "上川中部定住自立圏形成協定に基づく取組数")).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.file()).endsWith("asahikawa_kihonseisaku12.docx"));
    }
}
