package org.sakuin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakuin.index.FacetCount;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.IndicatorQuery;
import org.sakuin.index.IndicatorResults;
import org.sakuin.index.PassageHit;
import org.sakuin.index.PassageQuery;
import org.sakuin.index.PassageResults;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PolicyArea;

/**
 * Keyword search over plan passages and indicators: parses the user's query, asks the index, and orders
 * passage hits so that one document does not flood the first page.
 */
public final class SearchService {

    /** Passages of one document shown before other documents get their turn. */
    static final int PER_DOCUMENT_FIRST = 2;
    /** How many extra ranked hits to fetch so diversification has something to choose from. */
    private static final int CANDIDATE_FACTOR = 4;

    private final PlanIndex index;

    public SearchService(PlanIndex index) {
        this.index = index;
    }

    public SearchResults search(SearchRequest request) {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        if (parsed.required().isEmpty() && !parsed.excluded().isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one word that is not excluded");
        }
        int wanted = request.offset() + request.limit();
        PassageResults results = index.search(new PassageQuery(parsed.required(), parsed.excluded(), request.filter(),
                wanted * CANDIDATE_FACTOR));
        List<PassageHit> ordered = diversify(results.hits());
        List<SearchHit> page = ordered.subList(Math.min(request.offset(), ordered.size()),
                Math.min(wanted, ordered.size())).stream().map(SearchService::toSearchHit).toList();
        return new SearchResults(results.total(), page, facets(results.facets()));
    }

    /**
     * Keeps the ranking but lets each document place at most {@link #PER_DOCUMENT_FIRST} passages before
     * every other document has placed its own; the rest follow in rank order.
     */
    static List<PassageHit> diversify(List<PassageHit> ranked) {
        List<PassageHit> first = new ArrayList<>();
        List<PassageHit> rest = new ArrayList<>();
        Map<String, Integer> shown = new HashMap<>();
        for (PassageHit hit : ranked) {
            int n = shown.merge(hit.documentId(), 1, Integer::sum);
            (n <= PER_DOCUMENT_FIRST ? first : rest).add(hit);
        }
        first.addAll(rest);
        return first;
    }

    /** The best passages for a request, whole and in rank order: the material answers are read from. */
    public List<PassageHit> passages(SearchRequest request) {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        return index.search(new PassageQuery(parsed.required(), parsed.excluded(), request.filter(),
                request.offset() + request.limit())).hits();
    }

    public IndicatorList indicators(IndicatorRequest request) {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        IndicatorResults results = index.searchIndicators(new IndicatorQuery(parsed.required(), parsed.excluded(),
                request.filter(), request.kind(), request.unit(), request.offset(), request.limit()));
        return new IndicatorList(results.total(), results.hits().stream().map(IndicatorEntry::of).toList(),
                facets(results.facets()));
    }

    /** The indicators with these ids, in that order: those a search hit links to. */
    public List<IndicatorEntry> indicatorsById(List<String> ids) {
        return index.indicators(ids).stream().map(IndicatorEntry::of).toList();
    }

    /** Indicators whose names are most like the text, e.g. the subject of a question. */
    public List<IndicatorEntry> indicatorsNamedLike(String text, PassageFilter filter, int limit) {
        return index.indicatorsNamedLike(text, filter, limit).stream().map(IndicatorEntry::of).toList();
    }

    /** The plan files in the index, with their metadata. */
    public List<IndexedFile> files() {
        return index.files();
    }

    /** Indicators of other municipalities with names most like this one's: for comparing towns. */
    public List<IndicatorEntry> similarIndicators(String id, int limit) {
        return index.similarIndicators(id, limit).stream().map(IndicatorEntry::of).toList();
    }

    private static SearchHit toSearchHit(PassageHit hit) {
        List<String> areas = hit.areas().stream().map(path -> path.split(PolicyArea.SEPARATOR)[0]).distinct().toList();
        return new SearchHit(hit.file(), hit.municipality(), hit.prefecture(), hit.title(), hit.planType(), hit.page(),
                hit.section(), areas, hit.score(), hit.snippet(), hit.indicatorIds(), hit.documentId(), hit.passageId(),
                hit.areas());
    }

    private static Map<String, List<FacetValue>> facets(Map<String, List<FacetCount>> counted) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        counted.forEach((dim, counts) -> facets.put(dim,
                counts.stream().map(c -> new FacetValue(c.value(), c.count())).toList()));
        return facets;
    }
}
