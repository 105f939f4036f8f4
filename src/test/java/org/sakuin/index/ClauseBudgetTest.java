package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A query a cluster would refuse for its clauses is shortened until it fits; an ordinary one is left alone. */
class ClauseBudgetTest {

    private static final String SENTENCE = "本市では移住定住の促進に向けて、空き家バンクの活用と子育て世帯への支援を進めます。";

    private final ClauseBudget budget = new ClauseBudget(ClauseBudget.CLUSTER_CLAUSES);
    private final LuceneQueryBuilder builder = new LuceneQueryBuilder(BigramAnalyzer.forQuery(),
            LuceneDocuments.facetsConfig(), SearchProfile.SAKUIN);

    @Test
    void aThousandCharacterPasteFitsTheClusterAndKeepsItsFirstWords() {
        PassageQuery pasted = passages(List.of(List.of(new QueryTerm(SENTENCE.repeat(25).substring(0, 1000), false))));
        assertThat(ClauseBudget.clauses(builder.passages(pasted).getBaseQuery())).isGreaterThan(1024);

        PassageQuery fitted = budget.fit(pasted);

        assertThat(ClauseBudget.clauses(builder.passages(fitted).getBaseQuery())).isLessThanOrEqualTo(ClauseBudget.CLUSTER_CLAUSES);
        assertThat(fitted.required().getFirst().getFirst().text()).startsWith("本市では移住定住");
    }

    @Test
    void manyShortWordsAreCutFromTheEnd() {
        List<List<QueryTerm>> words = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> List.of(new QueryTerm(i % 2 == 0 ? "移住" : "定住", false))).toList();
        PassageQuery fitted = budget.fit(passages(words));

        assertThat(ClauseBudget.clauses(builder.passages(fitted).getBaseQuery())).isLessThanOrEqualTo(ClauseBudget.CLUSTER_CLAUSES);
        assertThat(fitted.required()).isNotEmpty().hasSizeLessThan(400);
    }

    @Test
    void anOrdinaryQueryIsUnchanged() {
        PassageQuery query = passages(List.of(List.of(new QueryTerm("自治会", false)),
                List.of(new QueryTerm("加入率", false), new QueryTerm("加入世帯数", true))));
        assertThat(budget.fit(query)).isSameAs(query);
    }

    @Test
    void indicatorQueriesAreBoundedToo() {
        IndicatorQuery pasted = new IndicatorQuery(List.of(List.of(new QueryTerm(SENTENCE.repeat(25), false))),
                List.of(), PassageFilter.NONE, null, null, 0, 10);
        IndicatorQuery fitted = budget.fit(pasted);
        assertThat(ClauseBudget.clauses(builder.indicators(fitted).getBaseQuery())).isLessThanOrEqualTo(ClauseBudget.CLUSTER_CLAUSES);
    }

    private static PassageQuery passages(List<List<QueryTerm>> required) {
        return new PassageQuery(required, List.of(), PassageFilter.NONE, 10);
    }
}
