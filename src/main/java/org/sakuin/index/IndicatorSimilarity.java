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
 * "Similar indicators in other towns": MoreLikeThis over the indicator name, as words and as bigrams, so that
 * 自治会加入率 finds 自治会加入世帯数 and 町内会加入率; the indicator's own municipality (or, when unknown, its
 * document) is left out.
 */
final class IndicatorSimilarity {

    private static final String[] FIELDS = {NAME, NAME_BIGRAM};
    private static final double MIN_SHARED = 0.3;

    private final Analyzer analyzer;

    IndicatorSimilarity(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Indicators like this one in other municipalities (or, when its municipality is unknown, other files). */
    Query like(IndexReader reader, IndicatorHit source) throws IOException {
        String municipality = source.plan().municipality();
        Term own = municipality != null ? new Term(MUNICIPALITY, municipality)
                : new Term(DOCUMENT_ID, source.indicator().documentId());
        return new BooleanQuery.Builder()
                .add(like(reader, source.indicator().name()), Occur.MUST)
                .add(new TermQuery(new Term(KIND, KIND_INDICATOR)), Occur.FILTER)
                .add(new TermQuery(own), Occur.MUST_NOT)
                .build();
    }

    /** Indicators whose names share enough words and bigrams with the text. */
    Query like(IndexReader reader, String name) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(FIELDS);
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(1);
        mlt.setMaxQueryTerms(25);
        BooleanQuery terms = (BooleanQuery) mlt.like(Map.of(NAME, List.of(name), NAME_BIGRAM, List.of(name)));
        // sharing one common word (数, 割合) is not similarity: a third of the name's terms must match
        BooleanQuery.Builder like = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(terms.clauses().size() * MIN_SHARED)));
        terms.clauses().forEach(like::add);
        return new BooleanQuery.Builder()
                .add(like.build(), Occur.MUST)
                .add(new TermQuery(new Term(KIND, KIND_INDICATOR)), Occur.FILTER)
                .build();
    }
}
