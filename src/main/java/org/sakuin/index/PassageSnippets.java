package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets for the passages a page shows, found again by their ids in the reader searched now (which may be newer
 * than the one that ranked them), the snippets of recent pages kept while that reader is searched.
 */
final class PassageSnippets {

    private static final int RECENT = 1_000;

    private final PassageHighlighter highlighter;
    private final ReaderResultCache<Page, String[]> recent = new ReaderResultCache<>(RECENT);

    /** The passages of a page (documents of one reader) for a query. */
    private record Page(Query query, List<Integer> docs) {

        Page(Query query, ScoreDoc[] docs) {
            this(query, Arrays.stream(docs).map(d -> d.doc).toList());
        }
    }

    PassageSnippets(PassageHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    /** The hits with their snippets; a passage re-ingested meanwhile is gone: no snippet rather than another's. */
    List<PassageHit> attach(IndexSearcher searcher, Query query, List<PassageHit> hits) throws IOException {
        Map<String, Integer> found = passageDocs(searcher, hits.stream().map(PassageHit::passageId).toList());
        ScoreDoc[] docs = new ScoreDoc[hits.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(found.getOrDefault(hits.get(i).passageId(), -1), hits.get(i).score());
        }
        ScoreDoc[] present = Arrays.stream(docs).filter(d -> d.doc >= 0).toArray(ScoreDoc[]::new);
        String[] snippets = recent.get(searcher.getIndexReader(), new Page(query, present),
                () -> highlighter.highlight(searcher, query,
                        new TopDocs(new TotalHits(present.length, TotalHits.Relation.EQUAL_TO), present)));
        List<PassageHit> highlighted = new ArrayList<>(hits.size());
        for (int i = 0, next = 0; i < docs.length; i++) {
            highlighted.add(hits.get(i).withSnippet(docs[i].doc < 0 ? "" : snippets[next++]));
        }
        return highlighted;
    }

    /** The documents of the passages in this reader, by passage id: one search for all of them. */
    private static Map<String, Integer> passageDocs(IndexSearcher searcher, List<String> ids) throws IOException {
        Query byIds = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), Occur.FILTER)
                .add(new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        Map<String, Integer> docs = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(byIds, Math.max(1, ids.size())).scoreDocs) {
            docs.put(stored.document(hit.doc, Set.of(ID)).get(ID), hit.doc);
        }
        return docs;
    }
}
