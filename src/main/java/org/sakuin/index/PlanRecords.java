package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.sakuin.index.FileRecordCodec.FileRecord;

/**
 * The plans' records as one reader sees them: each file's record, read from its doc value (from the stored fields
 * for a record written before records were doc values), and the plan's vocabulary, decoded on demand.
 */
final class PlanRecords {

    /** A plan's record: its key and its vocabulary. */
    record Plan(String key, List<VocabularyEntry> vocabulary) {
    }

    private final IndexSearcher searcher;
    /** The records' documents in document order, and the record of each. */
    private final int[] docs;
    private final List<FileRecord> records;

    private PlanRecords(IndexSearcher searcher, int[] docs, List<FileRecord> records) {
        this.searcher = searcher;
        this.docs = docs;
        this.records = records;
    }

    static PlanRecords of(IndexSearcher searcher) throws IOException {
        Query query = new TermQuery(new Term(KIND, KIND_DOCUMENT));
        int[] docs = Arrays.stream(searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs)
                .mapToInt(hit -> hit.doc).sorted().toArray();
        Records reader = new Records(searcher);
        List<FileRecord> records = new ArrayList<>(docs.length);
        for (int doc : docs) {
            records.add(reader.of(doc));
        }
        return new PlanRecords(searcher, docs, records);
    }

    /** The record of the plan in this reader, if it has one: what its vocabulary was before it is replaced. */
    static Optional<Plan> find(IndexSearcher searcher, String documentId) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(ID, documentId)), Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        int doc = hits[0].doc;
        return Optional.of(new Plan(new Records(searcher).of(doc).key(), vocabulary(searcher.storedFields(), doc)));
    }

    /** The files' records, in document order. */
    List<FileRecord> records() {
        return records;
    }

    /** The plans' keys, sorted. */
    List<String> keys() {
        return records.stream().map(FileRecord::key).sorted().toList();
    }

    /** Every plan's vocabulary, one record at a time. */
    Iterable<List<VocabularyEntry>> vocabularies() {
        return vocabulariesOf(key -> true);
    }

    /** The vocabularies of the plans whose keys are wanted, one record at a time. */
    Iterable<List<VocabularyEntry>> vocabulariesOf(Predicate<String> wanted) {
        return () -> new Iterator<>() {
            private final StoredFields stored = storedFields();
            private int next = skipTo(0);

            @Override
            public boolean hasNext() {
                return next < docs.length;
            }

            @Override
            public List<VocabularyEntry> next() {
                try {
                    List<VocabularyEntry> vocabulary = vocabulary(stored, docs[next]);
                    next = skipTo(next + 1);
                    return vocabulary;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private int skipTo(int from) {
                int i = from;
                while (i < docs.length && !wanted.test(records.get(i).key())) {
                    i++;
                }
                return i;
            }
        };
    }

    private StoredFields storedFields() {
        try {
            return searcher.storedFields();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<VocabularyEntry> vocabulary(StoredFields stored, int doc) throws IOException {
        String encoded = stored.document(doc, Set.of(VOCABULARY)).get(VOCABULARY);
        return encoded == null ? List.of() : PlanVocabulary.decode(encoded);
    }

    /** Reads records in increasing document order, as doc values are read. */
    private static final class Records {
        private final List<LeafReaderContext> leaves;
        private final BinaryDocValues[] values;
        private final StoredFields stored;

        Records(IndexSearcher searcher) throws IOException {
            leaves = searcher.getIndexReader().leaves();
            values = new BinaryDocValues[leaves.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = leaves.get(i).reader().getBinaryDocValues(FILE_RECORD);
            }
            stored = searcher.storedFields();
        }

        FileRecord of(int doc) throws IOException {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            BinaryDocValues record = values[leaf];
            if (record != null && record.advanceExact(doc - leaves.get(leaf).docBase)) {
                return FileRecordCodec.decode(record.binaryValue().utf8ToString());
            }
            // written before records were doc values: from the stored fields, which hold the vocabulary too
            return LuceneDocuments.fileRecord(stored.document(doc, LuceneDocuments.RECORD_FIELDS));
        }
    }
}
