package org.sakuin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.IndicatorQuery;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.OlderAnalysis;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageQuery;
import org.sakuin.index.QueryTerm;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;

/** Uploading, ingesting, deleting and re-ingesting plans as an administrator, with the audit log of it all. */
class ArchiveAdministrationTest {

    private static final Path HOKUTO = Path.of("corpus", "hokuto_jisshikeikaku_r6.md");
    private static final long LIMIT = 1024 * 1024;
    private static final PlanMetadata CONFIRMED = new PlanMetadata("北斗市", "北海道", "北斗市の実施計画（確認済み）",
            "実施計画", null);

    @TempDir
    Path root;

    private LuceneIndex index;
    private IngestService ingest;
    private ArchiveAdministration admin;

    @BeforeEach
    void open() throws IOException {
        openAdministration(LuceneIndex.openForWriting(root.resolve("index")));
    }

    private void openAdministration(LuceneIndex opened) {
        index = opened;
        ingest = new IngestService(index, IngestSettings.DEFAULTS.withThreads(1));
        admin = new ArchiveAdministration(ingest, index, new UploadFolder(root.resolve("uploads")), LIMIT,
                new AuditLog(root.resolve("audit.log")), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        admin.close();
        ingest.close();
        index.close();
    }

    private StagedUpload receive(String name, byte[] bytes) throws IOException {
        return admin.receive("alice", name, new ByteArrayInputStream(bytes));
    }

    private Job uploaded(String name, byte[] bytes, PlanMetadata metadata) throws Exception {
        return ended(admin.ingest("alice", List.of(new PlanUpload(receive(name, bytes), metadata))));
    }

    private Job ended(Job job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Job now = admin.job(job.id()).orElseThrow();
            if (now.over()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job.id() + " did not end within a minute");
    }

    /** A small plan of 楓野市 with its words and an indicator table. */
    private static byte[] plan(String words) {
        return ("# 第3次楓野市総合計画 基本計画\n\n## 第1章 まちづくり\n\n楓野市は" + words
                + "に取り組みます。市民とともに進めます。\n\n#### 成果指標\n\n"
                + "| 成果指標 | 単位 | 策定時(R2) | 目標値(R9) |\n|---|---|---:|---:|\n"
                + "| 特定健康診査受診率 | % | 38.4 | 60.0 |\n").getBytes(StandardCharsets.UTF_8);
    }

    private int passagesWith(String words) {
        return index.count(new PassageQuery(List.of(List.of(new QueryTerm(words, true))), List.of(),
                PassageFilter.NONE, 10));
    }

    private int indicatorsOf(String town) {
        PassageFilter filter = new PassageFilter(town, null, null, null, null, null);
        return index.count(new IndicatorQuery(List.of(), List.of(), filter, null, null, 0, 10));
    }

    private PlanDocument onlyDocument() {
        assertThat(index.files()).hasSize(1);
        return index.files().getFirst().document();
    }

    @Test
    void anUploadIsStoredWithTheConfirmedMetadataAndIngested() throws Exception {
        Job job = uploaded("北斗市 実施計画.md", Files.readAllBytes(HOKUTO), CONFIRMED);

        assertThat(job.state()).isEqualTo(Job.State.DONE);
        assertThat(job.who()).isEqualTo("alice");
        assertThat(job.progress()).isEqualTo(1);
        assertThat(job.files()).singleElement().satisfies(file -> {
            assertThat(file.status()).isEqualTo(Job.FileProgress.Status.INGESTED);
            assertThat(file.passages()).isPositive();
            assertThat(file.summary()).startsWith("取り込み済み");
        });
        Path stored = root.resolve("uploads").resolve("北斗市 実施計画.md");
        assertThat(stored).hasSameBinaryContentAs(HOKUTO);
        assertThat(Files.readString(root.resolve("uploads/sakuin-manifest.csv"))).startsWith(
                "file,municipality,prefecture,title,plan_type").contains("北斗市 実施計画.md,北斗市,北海道,北斗市の実施計画（確認済み）,実施計画");
        assertThat(onlyDocument().metadata().title()).isEqualTo("北斗市の実施計画（確認済み）");
        assertThat(onlyDocument().path()).isEqualTo(stored.toAbsolutePath().normalize().toString());
        assertThat(passagesWith("北斗市")).isPositive();
        assertThat(admin.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.uploaded()).isTrue();
            assertThat(plan.outdated()).isFalse();
            assertThat(plan.municipality()).isEqualTo("北斗市");
        });
    }

    @Test
    void theMetadataIsOfferedBeforeTheFileIsIngested() throws IOException {
        PlanMetadata inferred = admin.inferred(receive("hokuto.md", Files.readAllBytes(HOKUTO)));

        assertThat(inferred.municipality()).isEqualTo("北斗市");
        assertThat(inferred.prefecture()).isEqualTo("北海道");
        assertThat(inferred.planType()).isEqualTo("実施計画");
        assertThat(index.files()).isEmpty();
        assertThat(root.resolve("uploads/hokuto.md")).doesNotExist();
    }

    @Test
    void uploadingTheSameNameAgainReplacesThePlan() throws Exception {
        uploaded("kaedeno.md", plan("自治会の加入促進"), PlanMetadata.UNKNOWN);
        Job again = uploaded("kaedeno.md", plan("移住定住の支援"), PlanMetadata.UNKNOWN);

        assertThat(again.files()).singleElement().extracting(Job.FileProgress::status)
                .isEqualTo(Job.FileProgress.Status.INGESTED);
        assertThat(onlyDocument().file()).endsWith("kaedeno.md");
        assertThat(passagesWith("移住定住")).isPositive();
        assertThat(passagesWith("自治会の加入促進")).isZero();
        try (Stream<Path> files = Files.list(root.resolve("uploads"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "kaedeno.md", "sakuin-manifest.csv", ".staging");
        }
        assertThat(admin.audit(10, 0)).extracting(AuditEntry::outcome).anyMatch(o -> o.startsWith("置き換え"));
    }

    @Test
    void aNameWithAFolderIsStoredInsideTheUploadsFolderAndAForgedOneIsRefused() throws Exception {
        uploaded("../../outside.txt", plan("外に出ない"), PlanMetadata.UNKNOWN);

        assertThat(root.resolve("uploads/outside.txt")).exists();
        assertThat(root.resolve("outside.txt")).doesNotExist();
        assertThat(root.getParent().resolve("outside.txt")).doesNotExist();
        assertThatThrownBy(() -> admin.ingest("alice", List.of(new PlanUpload(
                new StagedUpload("../../index", "x.txt", 1), PlanMetadata.UNKNOWN))))
                .isInstanceOf(IllegalArgumentException.class);
        StagedUpload real = receive("real.txt", plan("本物"));
        admin.ingest("alice", List.of(new PlanUpload(new StagedUpload(real.id(), "../../real.txt", real.bytes()),
                PlanMetadata.UNKNOWN)));
        assertThat(root.resolve("uploads/real.txt")).exists();
        assertThat(root.resolve("real.txt")).doesNotExist();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingOfItIsKept() throws IOException {
        assertThatThrownBy(() -> receive("big.txt", new byte[(int) LIMIT + 1]))
                .isInstanceOf(UploadTooLargeException.class);
        assertThatThrownBy(() -> receive("empty.txt", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> receive("tool.exe", plan("実行"))).isInstanceOf(IllegalArgumentException.class);

        try (Stream<Path> kept = Files.walk(root.resolve("uploads"))) {
            assertThat(kept.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(admin.audit(10, 0)).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("upload");
            assertThat(entry.outcome()).startsWith("拒否");
        });
    }

    @Test
    void deletingAnUploadedPlanRemovesItsPassagesIndicatorsFileAndManifestRow() throws Exception {
        uploaded("kaedeno.md", plan("自治会の加入促進"), new PlanMetadata("楓野市", null, null, null, null));
        String id = onlyDocument().id();
        assertThat(indicatorsOf("楓野市")).isPositive();
        assertThat(Files.readString(root.resolve("uploads/sakuin-manifest.csv"))).contains("kaedeno.md");

        Deletion deletion = admin.delete("bob", id).orElseThrow();

        assertThat(deletion.sourceDeleted()).isTrue();
        assertThat(index.files()).isEmpty();
        assertThat(passagesWith("自治会の加入促進")).isZero();
        assertThat(indicatorsOf("楓野市")).isZero();
        assertThat(root.resolve("uploads/kaedeno.md")).doesNotExist();
        assertThat(Files.readString(root.resolve("uploads/sakuin-manifest.csv"))).doesNotContain("kaedeno.md");
        assertThat(admin.delete("bob", id)).isEmpty();
        assertThat(admin.audit(2, 0)).extracting(AuditEntry::who, AuditEntry::action)
                .containsExactly(tuple("bob", "delete"),
                        tuple("bob", "delete"));
    }

    @Test
    void deletingAPlanFromElsewhereKeepsItsFileEvenBesideTheUploadsFolder() throws Exception {
        Path beside = Files.createDirectories(root.resolve("uploads-old")).resolve("kaedeno.md");
        Files.write(beside, plan("自治会の加入促進"));
        ingest.ingest(List.of(beside), IngestListener.NONE);

        Deletion deletion = admin.delete("bob", onlyDocument().id()).orElseThrow();

        assertThat(deletion.sourceDeleted()).isFalse();
        assertThat(deletion.outcome()).contains("元のファイルはそのまま");
        assertThat(index.files()).isEmpty();
        assertThat(beside).exists();
    }

    @Test
    void reingestIngestsTheFilesOfAnOlderAnalysis() throws Exception {
        Path older = Files.write(Files.createDirectories(root.resolve("corpus")).resolve("older.md"), plan("防災"));
        close();
        try (LuceneIndex olderIndex = OlderAnalysis.openForWriting(root.resolve("index"));
             IngestService olderIngest = new IngestService(olderIndex)) {
            olderIngest.ingest(List.of(older), IngestListener.NONE);
        }
        openAdministration(LuceneIndex.openForWriting(root.resolve("index")));
        assertThat(admin.plans()).singleElement().extracting(ArchivedPlan::outdated).isEqualTo(true);

        Job job = ended(admin.reingestOutdated("carol"));

        assertThat(job.kind()).isEqualTo(Job.Kind.REINGEST);
        assertThat(job.files()).extracting(Job.FileProgress::file, Job.FileProgress::status)
                .containsExactly(tuple("older.md", Job.FileProgress.Status.INGESTED));
        assertThat(index.files()).singleElement().extracting(IndexedFile::analysisCurrent).isEqualTo(true);
        assertThat(admin.plans()).noneMatch(ArchivedPlan::outdated);
        assertThat(admin.audit(1, 0).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("reingest");
            assertThat(entry.who()).isEqualTo("carol");
            assertThat(entry.outcome()).startsWith("取り込み済み 1");
        });
    }

    @Test
    void reingestIngestsAFileChangedOnDiskAndLeavesTheOthers() throws Exception {
        Path changed = Files.write(Files.createDirectories(root.resolve("corpus")).resolve("changed.md"),
                plan("子育て支援"));
        Path same = Files.write(root.resolve("corpus/same.md"), plan("防災"));
        ingest.ingest(List.of(changed, same), IngestListener.NONE);
        Files.write(changed, plan("子育て支援と移住定住"));
        assertThat(admin.plans()).extracting(plan -> Path.of(plan.file()).getFileName().toString(),
                ArchivedPlan::outdated).containsExactlyInAnyOrder(tuple("changed.md", true), tuple("same.md", false));

        Job job = ended(admin.reingestOutdated("carol"));

        assertThat(job.files()).extracting(Job.FileProgress::file).containsExactly("changed.md");
        assertThat(passagesWith("移住定住")).isPositive();
        assertThat(admin.plans()).noneMatch(ArchivedPlan::outdated);
    }

    @Test
    void anAuditLogThatCannotBeWrittenIsSaidOnTheJobAndTheUploadGoesOn() throws Exception {
        Files.createDirectories(root.resolve("audit.log"));

        Job job = uploaded("kaedeno.md", plan("自治会の加入促進"), PlanMetadata.UNKNOWN);

        assertThat(job.state()).isEqualTo(Job.State.DONE);
        assertThat(job.error()).contains("監査ログに書けません");
        assertThat(job.summary()).contains("監査ログに書けません");
        assertThat(index.files()).hasSize(1);
    }

    @Test
    void aRestartCatchesUpWithFilesStoredButNotIngested() throws Exception {
        Files.createDirectories(root.resolve("uploads"));
        Files.write(root.resolve("uploads/kaedeno.md"), plan("自治会の加入促進"));

        admin.synchronizeUploads();

        Job sync = ended(admin.jobs().getFirst());
        assertThat(sync.kind()).isEqualTo(Job.Kind.SYNCHRONIZE);
        assertThat(sync.who()).isEqualTo("system");
        assertThat(index.files()).extracting(IndexedFile::passages).singleElement().isNotEqualTo(0);
    }
}
