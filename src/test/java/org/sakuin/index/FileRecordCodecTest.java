package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.plan.FiscalYear;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.PlanPeriod;

class FileRecordCodecTest {

    @Test
    void aRecordReadsBackAsWrittenMissingValuesIncluded() {
        FileRecordCodec.FileRecord full = new FileRecordCodec.FileRecord(new PlanDocument("a", "corpus/a.pdf",
                "/x/corpus/a.pdf", "c0ffee", "application/pdf", 12, new PlanMetadata("入間市", "埼玉県", "第6次入間市総合計画",
                "総合計画", new PlanPeriod(new FiscalYear(2021), new FiscalYear(2030)))), 40, "3-0123456789ab");
        FileRecordCodec.FileRecord bare = new FileRecordCodec.FileRecord(new PlanDocument("b", "b.txt", "/b.txt",
                "beef", null, 1, PlanMetadata.UNKNOWN), 2, "3-0123456789ab");

        assertThat(FileRecordCodec.decode(FileRecordCodec.encode(full))).isEqualTo(full);
        assertThat(FileRecordCodec.decode(FileRecordCodec.encode(bare))).isEqualTo(bare);
    }

    @Test
    void theDocValueSaysWhatTheStoredFieldsSay(@TempDir Path folder) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus")), IngestListener.NONE);
        }
        LuceneDocuments documents = new LuceneDocuments(LuceneDocuments.facetsConfig(), AnalysisVersion.CURRENT,
                new JapaneseTextAnalyzer());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] records = searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOCUMENT)),
                    100).scoreDocs;
            assertThat(records).hasSizeGreaterThan(3);
            int compared = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexFields.FILE_RECORD);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    IndexedFile fromValue = documents.toIndexedFile(
                            FileRecordCodec.decode(values.binaryValue().utf8ToString()));
                    IndexedFile fromFields = documents.toIndexedFile(searcher.storedFields().document(
                            leaf.docBase + doc, Set.copyOf(LuceneDocuments.RECORD_FIELDS)));
                    assertThat(fromValue).isEqualTo(fromFields);
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(records.length);
        }
    }
}
