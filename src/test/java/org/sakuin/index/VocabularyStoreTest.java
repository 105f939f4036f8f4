package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** The vocabulary kept beside the index: written at commit, read by a read-only opening, never built on a request. */
class VocabularyStoreTest {

    private static final String STARS = "第1章 まちづくり\n星見台地区では星空観光協議会が活動しています。星空観光協議会を支援します。\n";
    private static final String BRIDGE = "第1章 交通\n月影橋の架け替えを進めます。月影橋は市道です。\n";

    @TempDir
    Path plans;
    @TempDir
    Path folder;

    @Test
    void aReadOnlyOpeningAfterIngestServesTheVocabularyTheCommitWroteWithoutGatheringIt() throws IOException {
        Files.writeString(plans.resolve("a.txt"), STARS);
        synchronize();

        try (Directory directory = FSDirectory.open(folder);
             SearcherManager searchers = new SearcherManager(directory, null);
             VocabularyStore store = VocabularyStore.forReading(folder, searchers)) {
            assertThat(suggest(store, "星")).contains("星空観光協議会");
            assertThat(store.builds()).isZero();
        }
    }

    @Test
    void aPlanRemovedTakesItsWordsOut() throws IOException {
        Path stars = Files.writeString(plans.resolve("a.txt"), STARS);
        Files.writeString(plans.resolve("b.txt"), BRIDGE);
        synchronize();
        Files.delete(stars);
        synchronize();

        try (LuceneIndex index = LuceneIndex.openForReading(folder)) {
            assertThat(index.suggest("星空", 5)).isEmpty();
            assertThat(index.suggest("つきかげ", 5)).extracting(Suggestion::text).contains("月影橋");
        }
        try (var generations = Files.list(folder.resolve("vocabulary"))) {
            assertThat(generations.map(p -> p.getFileName().toString()))
                    .as("the generation replaced is deleted").containsExactlyInAnyOrder("current", "g2");
        }
    }

    @Test
    void anIndexKeptWithoutAVocabularyIsGatheredOnceWhateverTheRequestsMeanwhile() throws Exception {
        Files.writeString(plans.resolve("a.txt"), STARS);
        synchronize();
        IOUtils.rm(folder.resolve("vocabulary"));

        try (Directory directory = FSDirectory.open(folder);
             SearcherManager searchers = new SearcherManager(directory, null);
             VocabularyStore store = VocabularyStore.forReading(folder, searchers);
             ExecutorService requests = Executors.newFixedThreadPool(8)) {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(requests.submit(() -> suggest(store, "星")));
            }
            for (Future<List<String>> answer : answers) {
                List<String> offered = answer.get();
                assertThat(offered.isEmpty() || offered.contains("星空観光協議会"))
                        .as("no suggestion yet, or the vocabulary's: %s", offered).isTrue();
            }
            while (suggest(store, "星").isEmpty()) {
                Thread.onSpinWait();
            }
            assertThat(store.builds()).isOne();
        }
    }

    @Test
    void anIndexKeptWithoutAVocabularyGetsOneWhenOpenedForWriting() throws IOException {
        Files.writeString(plans.resolve("a.txt"), STARS);
        synchronize();
        IOUtils.rm(folder.resolve("vocabulary"));

        LuceneIndex.openForWriting(folder).close();

        assertThat(folder.resolve("vocabulary/current")).exists();
        try (LuceneIndex index = LuceneIndex.openForReading(folder)) {
            assertThat(index.suggest("星", 5)).extracting(Suggestion::text).contains("星空観光協議会");
        }
    }

    @Test
    void aRecordWrittenBeforeRecordsWereDocValuesIsKeyedByItsStoredFields() throws IOException {
        try (Directory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document record = new Document();
            record.add(new StringField(IndexFields.KIND, IndexFields.KIND_DOCUMENT, Field.Store.NO));
            record.add(new StringField(IndexFields.ID, "plan-1", Field.Store.YES));
            record.add(new StoredField(IndexFields.FILE, "plan-1.txt"));
            record.add(new StoredField(IndexFields.PATH, "/plans/plan-1.txt"));
            record.add(new StoredField(IndexFields.CONTENT_HASH, "c0ffee"));
            record.add(new StoredField(IndexFields.PAGES, 1));
            record.add(new StoredField(IndexFields.ORDINAL, 1));
            record.add(new StoredField(IndexFields.ANALYSIS, "2-0123456789ab"));
            record.add(new StoredField(IndexFields.VOCABULARY, PlanVocabulary.encode(List.of(
                    VocabularyEntry.of(Suggestion.Kind.WORD, "月影橋", List.of("ツキカゲ", "バシ"))))));
            writer.addDocument(record);
            writer.commit();
            try (SearcherManager searchers = new SearcherManager(writer, null);
                 VocabularyStore store = VocabularyStore.forWriting(folder, searchers)) {
                assertThat(store.builds()).as("none yet: one gathered").isOne();
            }
            try (SearcherManager searchers = new SearcherManager(writer, null);
                 VocabularyStore store = VocabularyStore.forWriting(folder, searchers)) {
                assertThat(store.builds()).as("the same plans: no new generation").isZero();
            }
        }
        assertThat(Files.readAllLines(folder.resolve("vocabulary").resolve("g1").resolve("plans")))
                .containsExactly("plan-1@c0ffee@2-0123456789ab");
    }

    @Test
    void aPlanChangedIsTakenOutAndAddedAgainWithoutGatheringEveryPlan() throws IOException {
        Path stars = Files.writeString(plans.resolve("a.txt"), STARS);
        Files.writeString(plans.resolve("b.txt"), BRIDGE);
        Files.writeString(plans.resolve("c.txt"), "第1章 観光\n月影橋と星見台を巡る観光ルートを整えます。月影橋の夜景を発信します。\n");
        synchronize();
        Files.writeString(stars, STARS.replace("星空観光協議会", "星空保全協議会"));

        try (LuceneIndex index = LuceneIndex.openForWriting(folder); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.synchronize(plans, IngestListener.NONE);
            assertThat(index.vocabulariesGatheredFromAll()).as("updated from the generation before").isZero();
            assertThat(index.suggest("星空", 5)).extracting(Suggestion::text)
                    .contains("星空保全協議会").doesNotContain("星空観光協議会");
        }
        String current = Files.readString(folder.resolve("vocabulary").resolve("current")).strip();
        try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            VocabularyTotals gathered = VocabularyTotals.of(PlanRecords.of(new IndexSearcher(reader)).vocabularies());
            assertThat(VocabularyTotals.read(folder.resolve("vocabulary").resolve(current).resolve("totals")).words())
                    .as("what gathering every plan gives").isEqualTo(gathered.words());
        }
    }

    private void synchronize() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.synchronize(plans, IngestListener.NONE);
        }
    }

    private static List<String> suggest(VocabularyStore store, String typed) throws IOException {
        return store.read(words -> words.suggest(typed, 5), List.<Suggestion>of()).stream()
                .map(Suggestion::text).toList();
    }
}
