package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** The passages of the file a passage belongs to, in reading order: what a hit is read in the context of. */
final class DocumentPassages {

    private DocumentPassages() {
    }

    static List<PassageHit> of(IndexSearcher searcher, String passageId) throws IOException {
        ScoreDoc[] found = searcher.search(passages(ID, passageId), 1).scoreDocs;
        if (found.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Query ofDocument = passages(DOCUMENT_ID, stored.document(found[0].doc, Set.of(DOCUMENT_ID)).get(DOCUMENT_ID));
        List<Map.Entry<Integer, PassageHit>> ordered = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(ofDocument, Math.max(1, searcher.count(ofDocument))).scoreDocs) {
            Document doc = stored.document(hit.doc);
            ordered.add(Map.entry(doc.getField(ORDINAL).numericValue().intValue(), LuceneIndex.toHit(doc, 0, null)));
        }
        ordered.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        return ordered.stream().map(Map.Entry::getValue).toList();
    }

    private static Query passages(String field, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), Occur.FILTER)
                .build();
    }
}
