package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.OlderAnalysis;
import org.sakuin.plan.PlanDocument;

/** Ingesting the same folder again and again: unchanged, changed, deleted files, manifests, a changed analysis. */
class IngestLifecycleTest {

    private static final String MANIFEST_HEADER = "file,municipality,prefecture,title,plan_type\n";

    @TempDir
    Path folder;

    @TempDir
    Path indexFolder;

    private LuceneIndex index;
    private IngestService ingest;

    @BeforeEach
    void openIndex() throws IOException {
        index = LuceneIndex.openForWriting(indexFolder);
        ingest = new IngestService(index, IngestSettings.IN_PROCESS);
    }

    @AfterEach
    void closeIndex() throws IOException {
        ingest.close();
        index.close();
    }

    private Path plan(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path copyOfCorpus(String name) throws IOException {
        return Files.copy(Path.of("corpus", name), folder.resolve(name));
    }

    private IngestReport ingestFolder() throws IOException {
        return ingest.ingest(List.of(folder), IngestListener.NONE);
    }

    private List<String> indexedNames() {
        return index.files().stream().map(f -> Path.of(f.document().file()).getFileName().toString()).toList();
    }

    /** Ingests as a Sakuin with another analysis would have, then reopens the index as this one. */
    private void ingestWithAnOlderAnalysis(Path... paths) throws IOException {
        closeIndex();
        try (LuceneIndex older = OlderAnalysis.openForWriting(indexFolder);
             IngestService olderIngest = new IngestService(older, IngestSettings.IN_PROCESS)) {
            assertThat(olderIngest.ingest(List.of(paths), IngestListener.NONE).allIngested()).isTrue();
        }
        openIndex();
    }

    private PlanDocument indexed(String name) {
        return index.files().stream().map(IndexedFile::document)
                .filter(d -> Path.of(d.file()).getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void reingestingAnUnchangedFileReportsUnchangedAndAddsNothing() throws IOException {
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        IngestReport first = ingestFolder();
        int passages = index.files().getFirst().passages();
        int hits = Searches.phrase(index, "毎年度ローリング").size();

        List<FileOutcome> outcomes = new ArrayList<>();
        IngestReport second = ingest.ingest(List.of(folder), new IngestListener() {
            @Override
            public void fileDone(Path file, FileOutcome outcome) {
                outcomes.add(outcome);
            }
        });

        assertThat(first.ingested()).isEqualTo(1);
        assertThat(second.ingested()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.UNCHANGED);
        assertThat(index.files()).hasSize(1).first().extracting(IndexedFile::passages).isEqualTo(passages);
        assertThat(Searches.phrase(index, "毎年度ローリング")).hasSize(hits).isNotEmpty();
    }

    @Test
    void aChangedFileReplacesItsOldPassages() throws IOException {
        Path file = plan("plan.md", "# 第1次テスト町総合計画\n\nこれまでの事業として森林公園を整備します。\n");
        ingestFolder();
        assertThat(Searches.phrase(index, "森林公園")).hasSize(1);

        plan("plan.md", "# 第1次テスト町総合計画\n\n新しい事業として海浜公園を整備します。\n");
        IngestReport report = ingestFolder();

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.unchanged()).isZero();
        assertThat(Searches.phrase(index, "森林公園")).isEmpty();
        assertThat(Searches.phrase(index, "海浜公園")).hasSize(1);
        assertThat(index.files()).hasSize(1).first().extracting(f -> f.document().contentHash())
                .isEqualTo(SourceFiles.contentHash(file));
    }

    @Test
    void synchronizeRemovesFilesThatAreGone() throws IOException {
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        Path rumoi = copyOfCorpus("rumoi_kouki_kihonkeikaku_sjis.txt");
        assertThat(ingest.synchronize(folder, IngestListener.NONE).ingested()).isEqualTo(2);

        Files.delete(rumoi);
        IngestReport report = ingest.synchronize(folder, IngestListener.NONE);

        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(indexedNames()).containsExactly("hokuto_jisshikeikaku_r6.md");
        assertThat(Searches.phrase(index, "洋上風力発電")).isEmpty();
    }

    @Test
    void synchronizeLeavesFilesFromOtherFoldersAlone(@TempDir Path elsewhere) throws IOException {
        Files.copy(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt"), elsewhere.resolve("rumoi.txt"));
        ingest.ingest(List.of(elsewhere), IngestListener.NONE);
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");

        IngestReport report = ingest.synchronize(folder, IngestListener.NONE);

        assertThat(report.removed()).isZero();
        assertThat(indexedNames()).containsExactlyInAnyOrder("hokuto_jisshikeikaku_r6.md", "rumoi.txt");
    }

    @Test
    void plainIngestKeepsFilesThatAreGone() throws IOException {
        Path rumoi = copyOfCorpus("rumoi_kouki_kihonkeikaku_sjis.txt");
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        ingestFolder();
        Files.delete(rumoi);

        assertThat(ingestFolder().removed()).isZero();
        assertThat(index.files()).hasSize(2);
    }

    @Test
    void malformedManifestIsReportedWhileTheFilesAreStillIngested() throws IOException {
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        Path manifest = plan(Manifest.FILE_NAME, "name,town\nhokuto_jisshikeikaku_r6.md,函館市\n");

        IngestReport report = ingestFolder();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo(manifest);
            assertThat(failure.reason()).contains("manifest", "header", "file,municipality,prefecture,title,plan_type")
                    .doesNotContain("\n");
        });
        assertThat(report.ingested()).isEqualTo(1);
        // without the manifest the plan's own words say whose it is
        PlanDocument hokuto = indexed("hokuto_jisshikeikaku_r6.md");
        assertThat(hokuto.metadata().municipality()).isEqualTo("北斗市");
        assertThat(hokuto.metadata().planType()).isEqualTo("実施計画");
        assertThat(hokuto.metadata().period()).hasToString("2018–2027");
    }

    @Test
    void manifestInAParentFolderCoversFilesInSubfolders() throws IOException {
        Files.createDirectories(folder.resolve("2024"));
        Files.copy(Path.of("corpus", "hokuto_jisshikeikaku_r6.md"), folder.resolve("2024/hokuto.md"));
        plan(Manifest.FILE_NAME, MANIFEST_HEADER + "2024/hokuto.md,北斗市,北海道,北斗市の実施計画,実施計画\n");

        IngestReport report = ingestFolder();

        assertThat(report.failures()).isEmpty();
        assertThat(indexed("hokuto.md").metadata().title()).isEqualTo("北斗市の実施計画");
        assertThat(indexed("hokuto.md").metadata().prefecture()).isEqualTo("北海道");
    }

    /** The text says 埼玉県入間市; a manifest naming another town without its prefecture must not keep 埼玉県. */
    @Test
    void aManifestTownWithoutPrefectureGetsItsOwnPrefectureNotTheOneReadFromTheText() throws IOException {
        Files.copy(Path.of("corpus", "iruma_zenki_kihonkeikaku_dai1sho.pdf"), folder.resolve("a.pdf"));
        Files.copy(Path.of("corpus", "iruma_zenki_kihonkeikaku_dai1sho.pdf"), folder.resolve("b.pdf"));
        plan(Manifest.FILE_NAME, MANIFEST_HEADER + "a.pdf,北斗市,,,\nb.pdf,府中市,,,\n");

        ingestFolder();

        assertThat(indexed("a.pdf").metadata().prefecture()).isEqualTo("北海道");
        assertThat(indexed("b.pdf").metadata().prefecture()).as("東京都 or 広島県: not guessed").isNull();
    }

    @Test
    void aCorrectedManifestReachesTheIndexThoughTheFileIsUnchanged() throws IOException {
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        plan(Manifest.FILE_NAME, MANIFEST_HEADER + "hokuto_jisshikeikaku_r6.md,函館市,北海道,,実施計画\n");
        ingestFolder();
        assertThat(indexed("hokuto_jisshikeikaku_r6.md").metadata().municipality()).isEqualTo("函館市");

        plan(Manifest.FILE_NAME, MANIFEST_HEADER + "hokuto_jisshikeikaku_r6.md,北斗市,北海道,,実施計画\n");
        IngestReport report = ingestFolder();

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(indexed("hokuto_jisshikeikaku_r6.md").metadata().municipality()).isEqualTo("北斗市");
        assertThat(index.files()).hasSize(1);
        assertThat(ingestFolder().unchanged()).as("and the next run has nothing to do").isEqualTo(1);
    }

    @Test
    void hiddenFilesAndOfficeLockFilesAreSkipped() throws IOException {
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        plan(".hidden.md", "# 隠しファイル\n");
        plan("~$lock.docx", "lock");
        plan(".git/notes.md", "# メモ\n");

        IngestReport report = ingestFolder();

        assertThat(report.failures()).isEmpty();
        assertThat(indexedNames()).containsExactly("hokuto_jisshikeikaku_r6.md");
    }

    @Test
    void anUnchangedFileIndexedWithAnOlderAnalysisIsIngestedAgain() throws IOException {
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        ingestWithAnOlderAnalysis(folder);
        assertThat(index.files()).singleElement().extracting(IndexedFile::analysisCurrent).isEqualTo(false);

        IngestReport report = ingestFolder();

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.unchanged()).isZero();
        assertThat(index.files()).singleElement().extracting(IndexedFile::analysisCurrent).isEqualTo(true);
        assertThat(Searches.phrase(index, "毎年度ローリング")).isNotEmpty();
        assertThat(ingestFolder().unchanged()).as("and the next run has nothing to do").isEqualTo(1);
    }

    @Test
    void anyIngestAlsoBringsOutdatedFilesFromOtherFoldersInLine(@TempDir Path elsewhere) throws IOException {
        Files.copy(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt"), elsewhere.resolve("rumoi.txt"));
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        ingestWithAnOlderAnalysis(folder, elsewhere);
        String rumoiName = indexed("rumoi.txt").file();
        List<Path> done = new ArrayList<>();

        IngestReport report = ingest.ingest(List.of(folder), new IngestListener() {
            @Override
            public void fileDone(Path file, FileOutcome outcome) {
                done.add(file.getFileName());
            }
        });

        assertThat(report.ingested()).isEqualTo(2);
        assertThat(done).containsExactlyInAnyOrder(Path.of("hokuto_jisshikeikaku_r6.md"), Path.of("rumoi.txt"));
        assertThat(index.files()).hasSize(2).allMatch(IndexedFile::analysisCurrent);
        assertThat(indexed("rumoi.txt").file()).as("under the name it was ingested as").isEqualTo(rumoiName);
        assertThat(Searches.phrase(index, "洋上風力発電")).isNotEmpty();
    }

    @Test
    void anOutdatedFileWhoseSourceIsGoneKeepsItsEntry(@TempDir Path elsewhere) throws IOException {
        Path rumoi = Files.copy(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt"), elsewhere.resolve("rumoi.txt"));
        copyOfCorpus("hokuto_jisshikeikaku_r6.md");
        ingestWithAnOlderAnalysis(folder, elsewhere);
        Files.delete(rumoi);

        IngestReport report = ingestFolder();

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.failures()).isEmpty();
        assertThat(indexedNames()).containsExactlyInAnyOrder("hokuto_jisshikeikaku_r6.md", "rumoi.txt");
        assertThat(index.files()).filteredOn(f -> !f.analysisCurrent()).singleElement()
                .extracting(f -> Path.of(f.document().file()).getFileName().toString()).isEqualTo("rumoi.txt");
        assertThat(Searches.phrase(index, "洋上風力発電")).as("still found").isNotEmpty();
    }

    @Test
    void reingestOutdatedTakesTheFilesChangedSinceTheyWereIngestedAndNoOthers() throws IOException {
        Path changed = plan("changed.md", "# 第1次テスト町総合計画\n\n海浜公園を整備します。\n");
        plan("same.md", "# 第1次テスト町総合計画\n\n運動公園を整備します。\n");
        ingestFolder();
        assertThat(ingest.outdated()).isEmpty();
        Files.writeString(changed, "# 第1次テスト町総合計画\n\n海浜公園と漁港を整備します。\n");

        assertThat(ingest.outdated()).extracting(f -> f.document().file()).singleElement().asString()
                .endsWith("changed.md");
        IngestReport report = ingest.reingestOutdated(IngestListener.NONE);

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.unchanged()).isZero();
        assertThat(Searches.phrase(index, "漁港")).hasSize(1);
        assertThat(ingest.outdated()).isEmpty();
    }

    @Test
    void reingestOutdatedTakesTheFilesOfAnOlderAnalysis() throws IOException {
        plan("older.md", "# 第1次テスト町総合計画\n\n森林公園を整備します。\n");
        ingestWithAnOlderAnalysis(folder);
        assertThat(ingest.outdated()).hasSize(1);

        assertThat(ingest.reingestOutdated(IngestListener.NONE).ingested()).isEqualTo(1);
        assertThat(index.files()).singleElement().extracting(IndexedFile::analysisCurrent).isEqualTo(true);
    }

    @Test
    void theMetadataIngestWouldInferIsOfferedWithoutIndexing() throws IOException {
        Path hokuto = copyOfCorpus("hokuto_jisshikeikaku_r6.md");

        assertThat(ingest.infer(hokuto)).extracting(m -> m.municipality(), m -> m.planType())
                .containsExactly("北斗市", "実施計画");
        assertThat(index.files()).isEmpty();
        Path empty = plan("empty.md", "");
        assertThatThrownBy(() -> ingest.infer(empty))
                .isInstanceOf(IOException.class).hasMessage("empty file");
    }
}
