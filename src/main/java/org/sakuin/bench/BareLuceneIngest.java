package org.sakuin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline an ingest is measured against: the passage texts, already extracted, indexed by Lucene alone the
 * way a plain Japanese search would, one document per passage with a stock {@link JapaneseAnalyzer} field and a
 * CJK bigram field. One thread and one {@link IndexWriter} with the default configuration, committed once.
 */
final class BareLuceneIngest {

    private static final String TEXT = "text";
    private static final String BIGRAMS = "bigrams";

    private BareLuceneIngest() {
    }

    /** Indexes the texts into a new index in the folder; the number of documents the index then holds. */
    static int index(List<String> texts, Path folder) throws IOException {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new JapaneseAnalyzer(), Map.of(BIGRAMS, bigrams()));
        try (Directory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, text, Field.Store.YES));
                doc.add(new TextField(BIGRAMS, text, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }

    private static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
            }
        };
    }
}
