package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.sakuin.plan.PlanMetadata;

/** The searches of indicator records: by words with facets, by id, and by names like another's or a text. */
final class IndicatorSearches {

    private static final List<String> FACETS = List.of(AREA, MUNICIPALITY, PREFECTURE, PLAN_TYPE, PLAN, FY,
            INDICATOR_KIND, UNIT);

    private final LuceneQueryBuilder queries;
    private final FacetedSearch facetedSearch;
    private final IndicatorSimilarity similarity;

    IndicatorSearches(LuceneQueryBuilder queries, FacetedSearch facetedSearch, IndicatorSimilarity similarity) {
        this.queries = queries;
        this.facetedSearch = facetedSearch;
        this.similarity = similarity;
    }

    IndicatorResults search(IndexSearcher searcher, IndicatorQuery indicatorQuery) throws IOException {
        DrillDownQuery query = queries.indicators(indicatorQuery);
        int wanted = indicatorQuery.offset() + indicatorQuery.limit();
        FacetedSearch.Hits result = facetedSearch.search(searcher, query, wanted, FACETS);
        ScoreDoc[] top = result.top().scoreDocs;
        List<IndicatorHit> hits = hits(searcher, Arrays.copyOfRange(top, Math.min(indicatorQuery.offset(), top.length),
                top.length));
        return new IndicatorResults(result.total(), hits, result.facets());
    }

    /** The indicators with these ids, in that order; an id not found is left out. */
    List<IndicatorHit> byIds(IndexSearcher searcher, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder byId = new BooleanQuery.Builder();
        ids.forEach(id -> byId.add(new TermQuery(new Term(ID, id)), Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_INDICATOR)), Occur.FILTER)
                .add(byId.build(), Occur.MUST)
                .build();
        Map<String, IndicatorHit> found = new LinkedHashMap<>();
        for (IndicatorHit hit : hits(searcher, searcher.search(query, ids.size()).scoreDocs)) {
            found.put(hit.indicator().id(), new IndicatorHit(hit.indicator(), hit.plan(), hit.file(), 0));
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    List<IndicatorHit> similarTo(IndexSearcher searcher, String id, int limit) throws IOException {
        List<IndicatorHit> found = byIds(searcher, List.of(id));
        if (found.isEmpty()) {
            return List.of();
        }
        return hits(searcher, searcher.search(similarity.like(searcher.getIndexReader(), found.getFirst()), limit)
                .scoreDocs);
    }

    List<IndicatorHit> namedLike(IndexSearcher searcher, String text, PassageFilter filter, int limit)
            throws IOException {
        DrillDownQuery query = queries.drillDown(similarity.like(searcher.getIndexReader(), text), filter);
        return hits(searcher, searcher.search(query, limit).scoreDocs);
    }

    private static List<IndicatorHit> hits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<IndicatorHit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            hits.add(toIndicatorHit(stored.document(doc.doc), doc.score));
        }
        return hits;
    }

    private static IndicatorHit toIndicatorHit(Document doc, float score) {
        PlanMetadata plan = new PlanMetadata(doc.get(MUNICIPALITY), doc.get(PREFECTURE), doc.get(PLAN),
                doc.get(PLAN_TYPE), null);
        return new IndicatorHit(IndicatorCodec.decode(doc.get(INDICATOR_JSON)), plan, doc.get(FILE), score);
    }
}
