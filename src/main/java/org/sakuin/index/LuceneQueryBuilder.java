package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;
import static org.sakuin.index.QueryWeights.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.sakuin.index.QueryWeights.WeightedField;
import org.sakuin.plan.PolicyArea;

/**
 * Turns a {@link PassageQuery} into Lucene. Each term must match (all of its words, never silently a phrase)
 * in the Kuromoji field or as CJK bigrams, in the passage text, its section headings or its plan's title;
 * text and headings weigh more than bigrams and titles, and terms found close together score higher.
 */
final class LuceneQueryBuilder {

    /** The baselines search the passage text alone. */
    private static final WeightedField TEXT_ONLY = new WeightedField(TEXT, 1f);

    private final Map<Set<String>, QueryBuilder> japanese = new ConcurrentHashMap<>();
    private final QueryBuilder bigrams;
    private final QueryBuilder variants = new QueryBuilder(new VariantKeyAnalyzer());
    private final FacetsConfig facetsConfig;
    private final SearchProfile profile;

    LuceneQueryBuilder(Analyzer bigramsForQuery, FacetsConfig facetsConfig, SearchProfile profile) {
        this.profile = profile;
        this.bigrams = new QueryBuilder(bigramsForQuery);
        this.facetsConfig = facetsConfig;
    }

    DrillDownQuery passages(PassageQuery query) {
        QueryBuilder words = words(query.synonymsOff());
        boolean sakuin = profile == SearchProfile.SAKUIN;
        List<WeightedField> fields = sakuin ? PASSAGE_FIELDS : List.of(TEXT_ONLY);
        BooleanQuery.Builder root = matching(words, KIND_PASSAGE, query.required(), query.excluded(), fields, sakuin);
        Query proximity = sakuin ? proximity(words, ProximityWords.of(query.required(), query.synonymsOff())) : null;
        if (proximity != null) {
            root.add(new BoostQuery(proximity, PROXIMITY_BOOST), Occur.SHOULD);
        }
        if (sakuin) {
            query.required().forEach(group -> root.add(anyOf(words, group, HEADING_FOCUS, false), Occur.SHOULD));
        }
        addYearRange(root, query.filter());
        // the baselines rank by their text alone
        Query ranked = sakuin ? FunctionScoreQuery.boostByValue(root.build(), DoubleValuesSource.fromFloatField(PRIOR))
                : root.build();
        return drillDown(ranked, query.filter());
    }

    DrillDownQuery indicators(IndicatorQuery query) {
        BooleanQuery.Builder root = matching(words(Set.of()), KIND_INDICATOR, query.required(), query.excluded(),
                INDICATOR_FIELDS, false);
        DrillDownQuery drillDown = drillDown(root.build(), query.filter());
        if (query.kind() != null && !query.kind().isBlank()) {
            drillDown.add(INDICATOR_KIND, query.kind().strip());
        }
        if (query.unit() != null && !query.unit().isBlank()) {
            drillDown.add(UNIT, query.unit().strip());
        }
        return drillDown;
    }

    /** Kuromoji queries with every synonym group but the switched-off ones, built once per such set. */
    private QueryBuilder words(Set<String> synonymsOff) {
        if (profile == SearchProfile.STOCK_KUROMOJI) {
            return japanese.computeIfAbsent(Set.of("stock"), stock -> new QueryBuilder(new JapaneseAnalyzer()));
        }
        return japanese.computeIfAbsent(synonymsOff, off -> new QueryBuilder(
                new JapaneseTextAnalyzer(SynonymGroups.bundled().map(off, new JapaneseTextAnalyzer()))));
    }

    /** The terms in the fields, and with {@code variants} in the passage text's other spellings too. */
    private BooleanQuery.Builder matching(QueryBuilder words, String kind, List<List<QueryTerm>> required,
                                          List<QueryTerm> excluded, List<WeightedField> fields, boolean variants) {
        BooleanQuery.Builder root = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        if (required.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (List<QueryTerm> group : required) {
            root.add(anyOf(words, group, fields, variants), Occur.MUST);
        }
        for (QueryTerm term : excluded) {
            Query q = term(words, term, fields, variants);
            if (q != null) {
                root.add(q, Occur.MUST_NOT);
            }
        }
        return root;
    }

    private Query anyOf(QueryBuilder words, List<QueryTerm> alternatives, List<WeightedField> fields,
                        boolean variants) {
        List<Query> queries = alternatives.stream().map(t -> term(words, t, fields, variants))
                .filter(Objects::nonNull).toList();
        if (queries.isEmpty()) {
            return new MatchNoDocsQuery("only stop words");
        }
        if (queries.size() == 1) {
            return queries.getFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, Occur.SHOULD));
        return any.setMinimumNumberShouldMatch(1).build();
    }

    /** One term in any of the fields; null when analysis leaves nothing (only stop words or punctuation). */
    private Query term(QueryBuilder words, QueryTerm term, List<WeightedField> fields, boolean variants) {
        String text = normalize(term.text());
        List<Query> queries = new ArrayList<>();
        for (WeightedField field : fields) {
            addField(words, queries, field.name(), text, term.phrase(), field.boost());
        }
        // a quoted term is meant as written
        Query spellings = variants && !term.phrase()
                ? this.variants.createBooleanQuery(TEXT_VARIANTS, text, Occur.MUST) : null;
        if (spellings != null) {
            queries.add(new BoostQuery(spellings, VARIANT_BOOST));
        }
        return queries.isEmpty() ? null : new DisjunctionMaxQuery(queries, TIE_BREAKER);
    }

    private void addField(QueryBuilder japanese, List<Query> out, String field, String text, boolean phrase,
                          float boost) {
        Query words = phrase ? japanese.createPhraseQuery(field, text) : japanese.createBooleanQuery(field, text, Occur.MUST);
        if (profile == SearchProfile.BIGRAM_ONLY) {
            words = null;
        }
        String bigramField = bigramFieldOf(field);
        Query grams = phrase ? bigrams.createPhraseQuery(bigramField, text)
                : bigrams.createBooleanQuery(bigramField, text, Occur.MUST);
        if (words != null) {
            out.add(new BoostQuery(words, boost));
        }
        if (grams != null && profile != SearchProfile.STOCK_KUROMOJI) {
            out.add(new BoostQuery(grams, boost * BIGRAM_FACTOR));
        }
    }

    /** Anything holding the text as written, after normalisation: passages, headings, titles, indicator names. */
    Query verbatim(String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : List.of(TEXT, SECTION, META, NAME)) {
            Query phrase = bigrams.createPhraseQuery(bigramFieldOf(field), normalize(text));
            if (phrase != null) {
                any.add(phrase, Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** Rewards passages where the words of a multi-word query stand near each other. */
    private Query proximity(QueryBuilder japanese, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        return japanese.createPhraseQuery(TEXT, normalize(String.join(" ", words)), PROXIMITY_SLOP);
    }

    /**
     * The filters as facet drill-downs (values of one facet OR-ed), so that drill-sideways can still count
     * the other values of each filtered facet.
     */
    DrillDownQuery drillDown(Query base, PassageFilter filter) {
        DrillDownQuery query = new DrillDownQuery(facetsConfig, base);
        filter.municipalities().forEach(v -> query.add(MUNICIPALITY, v));
        filter.prefectures().forEach(v -> query.add(PREFECTURE, v));
        filter.planTypes().forEach(v -> query.add(PLAN_TYPE, v));
        filter.plans().forEach(v -> query.add(PLAN, v));
        filter.fiscalYears().forEach(v -> query.add(FY, Integer.toString(v)));
        filter.areas().forEach(v -> query.add(AREA, v.split(PolicyArea.SEPARATOR)));
        return query;
    }

    /** A range of fiscal years narrows what matches beside the words, scoring nothing; not a facet selection. */
    private static void addYearRange(BooleanQuery.Builder root, PassageFilter filter) {
        if (filter.hasYearRange()) {
            root.add(IntPoint.newRangeQuery(FY, Objects.requireNonNullElse(filter.fiscalYearFrom(), Integer.MIN_VALUE),
                    Objects.requireNonNullElse(filter.fiscalYearTo(), Integer.MAX_VALUE)), Occur.FILTER);
        }
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
