package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Snippets of a cluster's hits made as the embedded index makes its own: the page's passages are indexed in memory
 * with Sakuin's analyzers and marked by the same highlighter and the same Lucene query, so that both backends mark
 * the same words (the cluster was sent normalised text; the snippets show the text as written).
 */
final class ClusterSnippets {

    private final Analyzer analyzer = LuceneIndex.indexAnalyzer(SearchProfile.SAKUIN);
    private final PassageHighlighter highlighter = new PassageHighlighter(analyzer);
    private final PassageSimilarity similarity = new PassageSimilarity(analyzer);
    private final LuceneQueryBuilder queries = new LuceneQueryBuilder(BigramAnalyzer.forQuery(),
            LuceneDocuments.facetsConfig(), SearchProfile.SAKUIN);

    private interface QueryOf {
        Query in(IndexReader reader) throws IOException;
    }

    List<PassageHit> attach(PassageQuery query, List<PassageHit> hits) {
        Query lucene = queries.passages(query).getBaseQuery();
        return marked(List.of(), hits, reader -> lucene);
    }

    /** The hits like the source passage, marked where they share its words. */
    List<PassageHit> attachSimilar(PassageHit source, List<PassageHit> hits) {
        return marked(List.of(source), hits, reader -> similarity.like(reader, source));
    }

    /** The hits with snippets, indexed after the passages that only lend the query their words. */
    private List<PassageHit> marked(List<PassageHit> lending, List<PassageHit> hits, QueryOf query) {
        if (hits.isEmpty()) {
            return hits;
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (PassageHit hit : lending) {
                    writer.addDocument(document(hit));
                }
                for (PassageHit hit : hits) {
                    writer.addDocument(document(hit));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                ScoreDoc[] docs = new ScoreDoc[hits.size()];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = new ScoreDoc(lending.size() + i, hits.get(i).score());
                }
                String[] snippets = highlighter.highlight(new IndexSearcher(reader), query.in(reader),
                        new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs));
                List<PassageHit> marked = new ArrayList<>(hits.size());
                for (int i = 0; i < snippets.length; i++) {
                    marked.add(hits.get(i).withSnippet(snippets[i]));
                }
                return marked;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to be written", e);
        }
    }

    private static Document document(PassageHit hit) {
        Document doc = new Document();
        doc.add(new Field(TEXT, hit.text(), LuceneDocuments.TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT_BIGRAM, hit.text(), LuceneDocuments.BIGRAMS_WITH_OFFSETS));
        doc.add(new Field(TEXT_VARIANTS, hit.text(), LuceneDocuments.VARIANTS_WITH_OFFSETS));
        return doc;
    }
}
