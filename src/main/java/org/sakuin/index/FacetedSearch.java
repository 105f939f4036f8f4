package org.sakuin.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best hits of a query, their exact total and facet counts, in one pass over the matches: a query with no facet
 * selected is collected once for hits and counts together; only a selected facet needs drill-sideways, which counts
 * that facet's other values as if it were not selected. The results of recent searches are kept for as long as the
 * reader they came from is the one searched ({@link ReaderResultCache}).
 */
final class FacetedSearch {

    private static final int FACET_VALUES = 50;
    /** Searches whose results are kept (each a few kilobytes: forty hits and six facets of fifty values). */
    private static final int RECENT_SEARCHES = 1_000;

    private final FacetsConfig config;
    private volatile SortedSetDocValuesReaderState state;
    private final ReaderResultCache<Asked, Hits> recent = new ReaderResultCache<>(RECENT_SEARCHES);

    FacetedSearch(FacetsConfig config) {
        this.config = config;
    }

    /** Best hits, exact total, and facet counts; a filtered facet counts its other values as if unfiltered. */
    record Hits(TopDocs top, int total, Map<String, List<FacetCount>> facets) {

        Hits {
            facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        }
    }

    /** A search as asked: the query with its drill-downs, the number of best hits, their order and the facets counted. */
    private record Asked(DrillDownQuery query, int topN, Sort sort, List<String> dimensions) {
    }

    /** Best first. */
    Hits search(IndexSearcher searcher, DrillDownQuery query, int topN, List<String> dimensions) throws IOException {
        return search(searcher, query, topN, null, dimensions);
    }

    /** @param sort the hits' order, each with its score; null for best first */
    Hits search(IndexSearcher searcher, DrillDownQuery query, int topN, Sort sort, List<String> dimensions)
            throws IOException {
        return recent.get(searcher.getIndexReader(), new Asked(query, topN, sort, List.copyOf(dimensions)),
                () -> searchUncached(searcher, query, topN, sort, dimensions));
    }

    private Hits searchUncached(IndexSearcher searcher, DrillDownQuery query, int topN, Sort sort,
                                List<String> dimensions) throws IOException {
        int n = Math.max(1, topN);
        SortedSetDocValuesReaderState ordinals = state(searcher.getIndexReader());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        dimensions.forEach(dim -> facets.put(dim, List.of()));
        if (ordinals == null) {
            TopDocs top = sort == null ? searcher.search(query, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE))
                    : searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
            return new Hits(top, Math.toIntExact(top.totalHits.value()), facets);
        }
        TopDocs top;
        Facets counts;
        if (query.getDrillDownQueries().length == 0) {
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, n, sort, true, new FacetsCollectorManager());
            top = result.topDocs();
            counts = new SortedSetDocValuesFacetCounts(ordinals, result.facetsCollector());
        } else {
            DrillSideways sideways = new DrillSideways(searcher, config, ordinals);
            DrillSideways.DrillSidewaysResult result = sort == null ? sideways.search(query, n)
                    : sideways.search(query, null, null, n, sort, true);
            top = result.hits;
            counts = result.facets;
        }
        int total = Math.toIntExact(top.totalHits.value());
        if (total > 0) {
            for (String dim : dimensions) {
                facets.put(dim, counts(counts, ordinals, dim));
            }
        }
        return new Hits(top, total, facets);
    }

    private List<FacetCount> counts(Facets facets, SortedSetDocValuesReaderState ordinals, String dim)
            throws IOException {
        boolean indexed = config.getDimConfig(dim).hierarchical
                ? ordinals.getDimTree(dim) != null : ordinals.getOrdRange(dim) != null;
        FacetResult top = indexed ? facets.getTopChildren(FACET_VALUES, dim) : null;
        if (top == null) {
            return List.of();
        }
        List<FacetCount> values = new ArrayList<>();
        for (LabelAndValue lv : top.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.intValue()));
        }
        return values;
    }

    /** Facet ordinals are per reader: built once for each reader a search sees; null before any facet is indexed. */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState current = state;
        if (current == null || current.getReader() != reader) {
            try {
                current = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsIndexedYet) {
                return null;
            }
            state = current;
        }
        return current;
    }
}
