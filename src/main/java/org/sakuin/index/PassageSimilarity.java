package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "Similar measures in other towns": MoreLikeThis over a passage's text and headings, left to the passages of
 * other municipalities (or, when the town is unknown, other files).
 */
final class PassageSimilarity {

    private final Analyzer analyzer;

    PassageSimilarity(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query like(IndexReader reader, PassageHit source) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {TEXT, SECTION});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(30);
        Query like = mlt.like(Map.of(TEXT, List.of(source.text()), SECTION, List.of(source.section())));
        Term own = source.municipality() != null ? new Term(MUNICIPALITY, source.municipality())
                : new Term(DOCUMENT_ID, source.documentId());
        return new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), Occur.FILTER)
                .add(new TermQuery(own), Occur.MUST_NOT)
                .build();
    }
}
