package org.sakuin.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.index.Term;

/**
 * Keeps a query within the clauses a cluster accepts. OpenSearch refuses a query of more than
 * {@code indices.query.bool.max_clause_count} (1,024 by default) clauses, and every term is searched as words and
 * bigrams in three fields: a long pasted sentence passes that. The query is counted as Lucene counts it, built with
 * the same analysis the cluster uses, and shortened until it fits — the longest term halved first, then the last
 * terms dropped — so that the search still answers, for its first words, instead of failing.
 */
final class ClauseBudget {

    /** Below OpenSearch's default, for the filters and the facet selections added around the query. */
    static final int CLUSTER_CLAUSES = 960;

    private final LuceneQueryBuilder builder = new LuceneQueryBuilder(BigramAnalyzer.forQuery(),
            LuceneDocuments.facetsConfig(), SearchProfile.SAKUIN);
    private final int limit;

    ClauseBudget(int limit) {
        this.limit = limit;
    }

    PassageQuery fit(PassageQuery query) {
        return fit(query, q -> builder.passages(q).getBaseQuery(), q -> new Terms(q.required(), q.excluded()),
                (q, t) -> new PassageQuery(t.required(), t.excluded(), q.filter(), q.topN(), q.synonymsOff(),
                        q.snippets(), q.sort()));
    }

    IndicatorQuery fit(IndicatorQuery query) {
        return fit(query, q -> builder.indicators(q).getBaseQuery(), q -> new Terms(q.required(), q.excluded()),
                (q, t) -> new IndicatorQuery(t.required(), t.excluded(), q.filter(), q.kind(), q.unit(), q.offset(),
                        q.limit()));
    }

    private <Q> Q fit(Q query, Function<Q, Query> lucene, Function<Q, Terms> terms, BiFunction<Q, Terms, Q> with) {
        Q fitted = query;
        while (clauses(lucene.apply(fitted)) > limit) {
            Terms shorter = terms.apply(fitted).shortened();
            if (shorter == null) {
                return fitted;
            }
            fitted = with.apply(fitted, shorter);
        }
        return fitted;
    }

    /** The clauses of a query as {@code IndexSearcher} counts them against its limit: leaves and term consumers. */
    static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                count[0]++;
            }

            @Override
            public void visitLeaf(Query query) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** A query's terms, and the same one step shorter. */
    private record Terms(List<List<QueryTerm>> required, List<QueryTerm> excluded) {

        private static final ToIntFunction<QueryTerm> LENGTH = term -> term.text().strip().length();

        /** The longest term halved while one is longer than two characters, else the last term dropped; null when
         *  only one term of one character or two is left. */
        Terms shortened() {
            QueryTerm longest = all().stream().max((a, b) -> Integer.compare(LENGTH.applyAsInt(a),
                    LENGTH.applyAsInt(b))).orElse(null);
            if (longest != null && LENGTH.applyAsInt(longest) > 2) {
                String text = longest.text().strip();
                QueryTerm half = new QueryTerm(text.substring(0, text.length() / 2), longest.phrase());
                return new Terms(required.stream().map(group -> replace(group, longest, half)).toList(),
                        replace(excluded, longest, half));
            }
            if (!excluded.isEmpty()) {
                return new Terms(required, excluded.subList(0, excluded.size() - 1));
            }
            return required.size() > 1 ? new Terms(required.subList(0, required.size() - 1), excluded) : null;
        }

        private List<QueryTerm> all() {
            List<QueryTerm> all = new ArrayList<>(excluded);
            required.forEach(all::addAll);
            return all;
        }

        /** The terms with the first occurrence of one (the same instance) replaced. */
        private static List<QueryTerm> replace(List<QueryTerm> terms, QueryTerm old, QueryTerm by) {
            List<QueryTerm> replaced = new ArrayList<>(terms.size());
            boolean done = false;
            for (QueryTerm term : terms) {
                boolean hit = !done && term == old;
                replaced.add(hit ? by : term);
                done |= hit;
            }
            return replaced;
        }
    }
}
