package org.sakuin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;

/**
 * The yardstick: the same passages in plain Lucene, as a developer would index them on a first day — Kuromoji text
 * and CJK bigrams, every word required in either — searched for the best ten and an exact total, nothing more.
 */
final class BareLuceneSearch implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String BIGRAMS = "bigrams";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder words = new QueryBuilder(new JapaneseAnalyzer());
    private final QueryBuilder bigrams = new QueryBuilder(new CJKAnalyzer());

    private BareLuceneSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the passages of the plans into {@code folder} (which must be new). */
    static void write(Path folder, List<PlanContent> plans) throws IOException {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new JapaneseAnalyzer(), Map.of(BIGRAMS, new CJKAnalyzer()));
        try (Directory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (PlanContent plan : plans) {
                for (Passage passage : plan.passages()) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, passage.text(), Field.Store.YES));
                    doc.add(new TextField(BIGRAMS, passage.text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
    }

    static BareLuceneSearch open(Path folder) throws IOException {
        return new BareLuceneSearch(FSDirectory.open(folder));
    }

    /** The best ten for the whitespace-separated words, with the exact number of matches. */
    TopDocs search(String query) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : query.split("\\s+")) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            Query kuromoji = words.createBooleanQuery(TEXT, word, Occur.MUST);
            Query grams = bigrams.createBooleanQuery(BIGRAMS, word, Occur.MUST);
            if (kuromoji != null) {
                either.add(kuromoji, Occur.SHOULD);
            }
            if (grams != null) {
                either.add(grams, Occur.SHOULD);
            }
            all.add(either.build(), Occur.MUST);
        }
        return searcher.search(all.build(), new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
