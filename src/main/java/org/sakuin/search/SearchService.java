package org.sakuin.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.sakuin.index.FacetCount;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.IndicatorQuery;
import org.sakuin.index.IndicatorResults;
import org.sakuin.index.PassageHit;
import org.sakuin.index.PassageQuery;
import org.sakuin.index.PassageResults;
import org.sakuin.index.PassageSort;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.SynonymGroups;
import org.sakuin.plan.PolicyArea;
import org.sakuin.plan.Section;

/**
 * Keyword search over plan passages and indicators: parses the user's query, asks the index, and orders
 * passage hits so that one document does not flood the first page.
 * <p>
 * Not final: the server times its entry points by overriding them ({@code org.sakuin.ops}).
 */
public class SearchService {

    /** Passages of one document shown before other documents get their turn. */
    static final int PER_DOCUMENT_FIRST = 2;
    private static final int BENCHMARK_PASSAGES = 300;
    private static final int BENCHMARK_INDICATORS = 500;
    /** How many extra ranked hits to fetch so diversification has something to choose from. */
    private static final int CANDIDATE_FACTOR = 4;
    static final int MAX_SUGGESTIONS = 20;
    private static final int MAX_TYPED = 100;
    /** The most hits an export writes: more is no list to read but the archive. */
    public static final int EXPORT_LIMIT = 1_000;

    private final PlanIndex index;
    private final QueryAlternatives alternatives;

    public SearchService(PlanIndex index) {
        this.index = index;
        this.alternatives = new QueryAlternatives(index);
    }

    public SearchResults search(SearchRequest request) {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        Ranked ranked = ranked(request, parsed, request.offset(), request.limit());
        PassageResults results = ranked.results();
        List<SynonymUse> synonyms = SynonymGroups.bundled().matching(request.query()).stream()
                .map(g -> new SynonymUse(g.getFirst(), g, !request.synonymsOff().contains(g.getFirst()))).toList();
        ToIntFunction<QuerySyntax.Parsed> count = p -> index.count(new PassageQuery(p.required(), p.excluded(),
                request.filter(), 1, request.synonymsOff()));
        DidYouMean didYouMean = alternatives.didYouMean(request.query(), parsed, results.total(), count);
        Relaxation relaxation = results.total() == 0 && didYouMean == null
                ? alternatives.relaxation(request.query(), parsed, count) : null;
        return new SearchResults(results.total(), ranked.page(), facets(results.facets()), synonyms, didYouMean,
                relaxation);
    }

    /**
     * Every hit of a search in the order its pages show them, up to {@link #EXPORT_LIMIT}, with their snippets:
     * what an export writes. Paging, respellings and relaxations are for the page, not for a file.
     */
    public SearchResults everyHit(SearchRequest request) {
        Ranked ranked = ranked(request, QuerySyntax.parse(request.query()), 0, EXPORT_LIMIT);
        return new SearchResults(ranked.results().total(), ranked.page(), facets(ranked.results().facets()),
                List.of(), null, null);
    }

    /** The index's results, and of them the hits from {@code offset} on with their snippets. */
    private record Ranked(PassageResults results, List<SearchHit> page) {
    }

    /** By relevance, diversified across documents; by year, as the index sorts. */
    private Ranked ranked(SearchRequest request, QuerySyntax.Parsed parsed, int offset, int limit) {
        if (parsed.required().isEmpty() && !parsed.excluded().isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one word that is not excluded");
        }
        boolean byRelevance = request.sort() == PassageSort.RELEVANCE;
        int wanted = offset + limit;
        PassageQuery query = new PassageQuery(parsed.required(), parsed.excluded(), request.filter(),
                byRelevance ? wanted * CANDIDATE_FACTOR : wanted, request.synonymsOff(), false, request.sort());
        PassageResults results = index.search(query);
        List<PassageHit> ordered = byRelevance ? diversify(tiesInReadingOrder(results.hits())) : results.hits();
        List<SearchHit> page = index.withSnippets(query, ordered.subList(Math.min(offset, ordered.size()),
                Math.min(wanted, ordered.size()))).stream().map(SearchService::toSearchHit).toList();
        return new Ranked(results, page);
    }

    /**
     * Completions of what the user is typing: the plans' words, measure headings and indicator names, up to
     * {@code perKind} of each, matched on spelling or reading.
     */
    public Suggestions suggest(String typed, int perKind) {
        if (perKind < 1 || perKind > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_SUGGESTIONS);
        }
        String text = typed == null ? "" : typed.strip();
        // nobody types a name this long: a pasted text gets no suggestions
        return new Suggestions(text, text.length() > MAX_TYPED ? List.of() : index.suggest(text, perKind));
    }

    /**
     * Best first, and passages of equal score in reading order (by document, then place in it): each backend
     * otherwise orders ties its own way (Lucene by index order, a cluster by shard), and the same search would list
     * its hits differently on each.
     */
    static List<PassageHit> tiesInReadingOrder(List<PassageHit> ranked) {
        return ranked.stream().sorted(Comparator.comparingDouble((PassageHit hit) -> -hit.score())
                .thenComparing(PassageHit::documentId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(SearchService::ordinal)).toList();
    }

    /** A passage's place in its document: the number after {@code #} in its id ({@code 8dbc39a5…#5}). */
    private static int ordinal(PassageHit hit) {
        String id = hit.passageId();
        String place = id == null ? "" : id.substring(id.lastIndexOf('#') + 1);
        return place.matches("[0-9]{1,9}") ? Integer.parseInt(place) : 0;
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
        ToIntFunction<QuerySyntax.Parsed> count = p -> index.count(new IndicatorQuery(p.required(), p.excluded(),
                request.filter(), request.kind(), request.unit(), 0, 1));
        // only when nothing is found: the explorer asks again for every page it shows
        DidYouMean didYouMean = results.total() == 0
                ? alternatives.didYouMean(request.query(), parsed, results.total(), count) : null;
        return new IndicatorList(results.total(), results.hits().stream().map(IndicatorEntry::of).toList(),
                facets(results.facets()), didYouMean);
    }

    /**
     * A page of indicators in the order asked for: sorting needs every match, so a sorted page is cut from all
     * of them, sorted; the total and facets are those of the request.
     */
    public IndicatorList indicators(IndicatorRequest request, IndicatorSort sort) {
        if (sort.isNone()) {
            return indicators(request);
        }
        IndicatorList all = indicators(new IndicatorRequest(request.query(), request.filter(), request.kind(),
                request.unit(), 0, IndicatorRequest.MAX_LIMIT));
        List<IndicatorEntry> sorted = sort.sorted(all.indicators());
        int from = Math.min(request.offset(), sorted.size());
        return new IndicatorList(all.total(), sorted.subList(from, Math.min(from + request.limit(), sorted.size())),
                all.facets(), all.didYouMean());
    }

    /** The indicators with these ids, in that order: those a search hit links to. */
    public List<IndicatorEntry> indicatorsById(List<String> ids) {
        return index.indicators(ids).stream().map(IndicatorEntry::of).toList();
    }

    /**
     * The indicators each hit links to, by passage id, fetched at once for a page: only those of the hit's own file,
     * so no hit ever shows another plan's (another town's) table, whatever ids a passage carries.
     */
    public Map<String, List<IndicatorEntry>> indicatorsOf(List<SearchHit> hits) {
        Map<String, IndicatorEntry> byId = new HashMap<>();
        indicatorsById(hits.stream().flatMap(hit -> hit.indicatorIds().stream()).distinct().toList())
                .forEach(indicator -> byId.putIfAbsent(indicator.id(), indicator));
        Map<String, List<IndicatorEntry>> linked = new HashMap<>();
        for (SearchHit hit : hits) {
            linked.put(hit.passageId(), hit.indicatorIds().stream().map(byId::get)
                    .filter(i -> i != null && i.documentId() != null && i.documentId().equals(hit.documentId()))
                    .toList());
        }
        return linked;
    }

    /** Indicators whose names are most like the text, e.g. the subject of a question. */
    public List<IndicatorEntry> indicatorsNamedLike(String text, PassageFilter filter, int limit) {
        return index.indicatorsNamedLike(text, filter, limit).stream().map(IndicatorEntry::of).toList();
    }

    /** The plan files in the index, with their metadata. */
    public List<IndexedFile> files() {
        return index.files();
    }

    /** Each indexed municipality's prefecture, where known: for listing towns under their prefecture. */
    public Map<String, String> prefecturesOfTowns() {
        Map<String, String> prefectures = new HashMap<>();
        for (IndexedFile file : index.files()) {
            String town = file.document().metadata().municipality();
            String prefecture = file.document().metadata().prefecture();
            if (town != null && prefecture != null) {
                prefectures.putIfAbsent(town, prefecture);
            }
        }
        return prefectures;
    }

    /** Passages of other towns most like this one: "similar measures in other towns". */
    public List<SearchHit> similarPassages(String passageId, int limit) {
        return index.similarPassages(passageId, limit).stream().map(SearchService::toSearchHit).toList();
    }

    /**
     * For a policy area (and optional words), each town's measures — the headings of its matching sections
     * that name a measure, most matched first — and its indicators in that area: what staff compare when
     * benchmarking.
     */
    public Benchmark benchmark(String area, String query) {
        PassageFilter filter = new PassageFilter(null, null, null, null, null, area);
        QuerySyntax.Parsed parsed = QuerySyntax.parse(query);
        List<PassageHit> passages = index.search(new PassageQuery(parsed.required(), parsed.excluded(), filter,
                BENCHMARK_PASSAGES)).hits();
        IndicatorList indicators = indicators(new IndicatorRequest(query, filter, null, null, 0, BENCHMARK_INDICATORS));
        return Benchmarks.of(area, query, passages, indicators.indicators());
    }

    /** A passage with the passages before and after it in its section; empty for an unknown passage. */
    public Optional<PassageContext> passageContext(String passageId) {
        return SectionNeighbours.around(passageId, index.documentPassages(passageId), SearchService::toSearchHit);
    }

    /** Indicators of other municipalities with names most like this one's: for comparing towns. */
    public List<IndicatorEntry> similarIndicators(String id, int limit) {
        return index.similarIndicators(id, limit).stream().map(IndicatorEntry::of).toList();
    }

    /**
     * The indicator beside the most similar indicators of other towns whose units agree with its own (or
     * convert to it), and those left out: empty when no indicator has this id.
     */
    public Optional<IndicatorComparison> compareIndicator(String id, int limit) {
        return indicatorsById(List.of(id)).stream().findFirst()
                .map(chosen -> IndicatorComparison.of(chosen, similarIndicators(id, limit)));
    }

    private static SearchHit toSearchHit(PassageHit hit) {
        List<String> areas = hit.areas().stream().map(path -> path.split(PolicyArea.SEPARATOR)[0]).distinct().toList();
        return new SearchHit(hit.file(), hit.municipality(), hit.prefecture(), hit.title(), hit.planType(), hit.page(),
                hit.section(), areas, hit.score(), hit.snippet(), hit.indicatorIds(), hit.documentId(), hit.passageId(),
                hit.areas(), hit.areaEvidence());
    }

    private static Map<String, List<FacetValue>> facets(Map<String, List<FacetCount>> counted) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        counted.forEach((dim, counts) -> facets.put(dim,
                counts.stream().map(c -> new FacetValue(c.value(), c.count())).toList()));
        return facets;
    }
}
