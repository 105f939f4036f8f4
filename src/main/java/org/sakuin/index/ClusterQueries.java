package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;
import static org.sakuin.index.QueryWeights.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakuin.index.QueryWeights.WeightedField;

/**
 * Turns a {@link PassageQuery} or {@link IndicatorQuery} into the cluster's query language as
 * {@link LuceneQueryBuilder} turns it into Lucene's: each term a {@code dis_max} over the same fields and weights,
 * its words AND-ed ({@code match} with operator and, the query builder OpenSearch shares with Lucene) in the
 * Kuromoji and the bigram field, a {@code match_phrase} for quoted terms and for proximity. The text is normalised
 * as the documents were; the synonym groups are the search analyzer's.
 * <p>
 * A query longer than the cluster accepts is shortened first ({@link ClauseBudget}).
 * <p>
 * Filters are facet selections: a facet's values OR-ed, facets AND-ed. {@link #selections} gives them per facet, so
 * that the search can count each facet under the others' selections only (drill-sideways).
 */
final class ClusterQueries {

    /** A facet and the values selected in it. */
    record Selection(String field, List<String> values) {

        Map<String, Object> query() {
            return Map.of("terms", Map.of(field, values));
        }
    }

    private final ClauseBudget budget = new ClauseBudget(ClauseBudget.CLUSTER_CLAUSES);

    Map<String, Object> passages(PassageQuery asked) {
        PassageQuery query = budget.fit(asked);
        // a group switched off needs an analyzer without it: the cluster has the one with all groups, and one with none
        String analyzer = query.synonymsOff().isEmpty() ? ClusterAnalysis.JAPANESE_SEARCH : ClusterAnalysis.JAPANESE;
        Map<String, Object> bool = matching(KIND_PASSAGE, query.required(), query.excluded(), PASSAGE_FIELDS,
                analyzer, true);
        List<Object> should = new ArrayList<>();
        List<String> words = ProximityWords.of(query.required(), query.synonymsOff());
        if (!words.isEmpty()) {
            should.add(Map.of("match_phrase", Map.of(TEXT, Map.of("query", text(String.join(" ", words)),
                    "slop", PROXIMITY_SLOP, "analyzer", analyzer, "boost", PROXIMITY_BOOST))));
        }
        query.required().forEach(group -> should.add(anyOf(group, HEADING_FOCUS, analyzer, false)));
        if (!should.isEmpty()) {
            bool.put("should", should);
        }
        // the score times the passage's prior, as Lucene's FunctionScoreQuery.boostByValue multiplies it
        return Map.of("function_score", Map.of("query", Map.of("bool", bool),
                "field_value_factor", Map.of("field", PRIOR, "missing", 1),
                "boost_mode", "multiply"));
    }

    Map<String, Object> indicators(IndicatorQuery asked) {
        IndicatorQuery query = budget.fit(asked);
        return Map.of("bool", matching(KIND_INDICATOR, query.required(), query.excluded(), INDICATOR_FIELDS,
                ClusterAnalysis.JAPANESE_SEARCH, false));
    }

    /** The facet selections of a passage filter, and of an indicator query's kind and unit. */
    static List<Selection> selections(PassageFilter filter) {
        List<Selection> selections = new ArrayList<>();
        add(selections, MUNICIPALITY, filter.municipalities());
        add(selections, PREFECTURE, filter.prefectures());
        add(selections, PLAN_TYPE, filter.planTypes());
        add(selections, PLAN, filter.plans());
        add(selections, FY, filter.fiscalYears().stream().map(String::valueOf).toList());
        add(selections, AREA, filter.areas());
        return selections;
    }

    static List<Selection> selections(IndicatorQuery query) {
        List<Selection> selections = selections(query.filter());
        if (query.kind() != null && !query.kind().isBlank()) {
            selections.add(new Selection(INDICATOR_KIND, List.of(query.kind().strip())));
        }
        if (query.unit() != null && !query.unit().isBlank()) {
            selections.add(new Selection(UNIT, List.of(query.unit().strip())));
        }
        return selections;
    }

    private static void add(List<Selection> selections, String field, List<String> values) {
        if (!values.isEmpty()) {
            selections.add(new Selection(field, List.copyOf(values)));
        }
    }

    /** The query with every selection as a filter: what counts and plain searches ask. */
    static Map<String, Object> filtered(Map<String, Object> query, List<Selection> selections) {
        if (selections.isEmpty()) {
            return query;
        }
        return Map.of("bool", Map.of("must", List.of(query), "filter",
                selections.stream().map(Selection::query).toList()));
    }

    /**
     * The query narrowed to a filter's range of fiscal years, as the embedded index narrows it: part of what matches,
     * so facets are counted within it too. The years are keywords of four digits, which sort as the numbers do.
     */
    static Map<String, Object> inYearRange(Map<String, Object> query, PassageFilter filter) {
        if (!filter.hasYearRange()) {
            return query;
        }
        Map<String, Object> range = new LinkedHashMap<>();
        if (filter.fiscalYearFrom() != null) {
            range.put("gte", String.valueOf(filter.fiscalYearFrom()));
        }
        if (filter.fiscalYearTo() != null) {
            range.put("lte", String.valueOf(filter.fiscalYearTo()));
        }
        return Map.of("bool", Map.of("must", List.of(query), "filter", List.of(Map.of("range", Map.of(FY, range)))));
    }

    /** The hits' order as the embedded index sorts them: null for best first. */
    static List<Object> sort(PassageSort sort) {
        return sort == PassageSort.RELEVANCE ? null : List.of(
                Map.of(PLAN_YEAR, Map.of("order", "desc", "missing", "_last")), Map.of("_score", "desc"));
    }

    /** Anything holding the text as written, after normalisation: passages, headings, titles, indicator names. */
    Map<String, Object> verbatim(String text) {
        List<Object> any = new ArrayList<>();
        for (String field : List.of(TEXT, SECTION, META, NAME)) {
            any.add(Map.of("match_phrase", Map.of(bigramFieldOf(field), Map.of("query", text(text),
                    "analyzer", ClusterAnalysis.BIGRAMS_SEARCH))));
        }
        return Map.of("bool", Map.of("should", any, "minimum_should_match", 1));
    }

    static Map<String, Object> record(String kind) {
        return Map.of("term", Map.of(ClusterDocuments.RECORD, kind));
    }

    private Map<String, Object> matching(String kind, List<List<QueryTerm>> required, List<QueryTerm> excluded,
                                         List<WeightedField> fields, String analyzer, boolean variants) {
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("filter", List.of(record(kind)));
        List<Object> must = new ArrayList<>();
        if (required.isEmpty()) {
            must.add(Map.of("match_all", Map.of()));
        }
        for (List<QueryTerm> group : required) {
            must.add(anyOf(group, fields, analyzer, variants));
        }
        bool.put("must", must);
        if (!excluded.isEmpty()) {
            bool.put("must_not", excluded.stream().map(t -> term(t, fields, analyzer, variants)).toList());
        }
        return bool;
    }

    /** Any of a group's alternatives, as {@link LuceneQueryBuilder} ORs them. */
    private static Object anyOf(List<QueryTerm> group, List<WeightedField> fields, String analyzer, boolean variants) {
        List<Object> alternatives = group.stream().<Object>map(t -> term(t, fields, analyzer, variants)).toList();
        return alternatives.size() == 1 ? alternatives.getFirst()
                : Map.of("bool", Map.of("should", alternatives, "minimum_should_match", 1));
    }

    /** One term in any of the fields, as words and as bigrams, and with {@code variants} in other spellings. */
    private static Map<String, Object> term(QueryTerm term, List<WeightedField> fields, String analyzer,
                                            boolean variants) {
        String text = text(term.text());
        List<Object> queries = new ArrayList<>();
        for (WeightedField field : fields) {
            queries.add(words(field.name(), text, term.phrase(), analyzer, field.boost()));
            queries.add(words(bigramFieldOf(field.name()), text, term.phrase(), ClusterAnalysis.BIGRAMS_SEARCH,
                    field.boost() * BIGRAM_FACTOR));
        }
        String keys = variants && !term.phrase() ? VariantKeyAnalyzer.keysOf(Normalizer.normalize(term.text(),
                Normalizer.Form.NFKC)) : "";
        if (!keys.isEmpty()) {
            queries.add(words(TEXT_VARIANTS, keys, false, "whitespace", VARIANT_BOOST));
        }
        return Map.of("dis_max", Map.of("queries", queries, "tie_breaker", TIE_BREAKER));
    }

    private static Map<String, Object> words(String field, String text, boolean phrase, String analyzer, float boost) {
        if (phrase) {
            return Map.of("match_phrase", Map.of(field, Map.of("query", text, "analyzer", analyzer, "boost", boost)));
        }
        // Lucene's query builder makes no phrase of a multi-word synonym unless asked: neither does this
        return Map.of("match", Map.of(field, Map.of("query", text, "operator", "and", "analyzer", analyzer,
                "auto_generate_synonyms_phrase_query", false, "boost", boost)));
    }

    private static String text(String text) {
        return ClusterAnalysis.text(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
}
