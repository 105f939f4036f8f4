package org.sakuin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.QueryTerm;

/**
 * Other queries to offer beside results: the query respelt when a word of it occurs nowhere (「もしかして」), and
 * the query without one word when its words never meet. Each is counted as the results were, by the caller's
 * {@code count} (passages or indicators, with the same filters).
 */
final class QueryAlternatives {

    private final PlanIndex index;

    QueryAlternatives(PlanIndex index) {
        this.index = index;
    }

    /**
     * Each word that occurs nowhere replaced by the indexed word most like it; offered when that query finds
     * more than the query as typed (none at all, or only the scattered characters of a mistyped word).
     */
    DidYouMean didYouMean(String query, QuerySyntax.Parsed parsed, int total, ToIntFunction<QuerySyntax.Parsed> count) {
        if (parsed.required().isEmpty()) {
            return null;
        }
        String respelt = query;
        for (List<QueryTerm> group : parsed.required()) {
            for (QueryTerm term : group) {
                Optional<String> correction = index.spellingCorrection(term.text());
                if (correction.isPresent()) {
                    respelt = QuerySyntax.replace(respelt, term.text(), correction.get());
                }
            }
        }
        if (respelt.equals(query)) {
            return null;
        }
        int found = count.applyAsInt(QuerySyntax.parse(respelt));
        return found > total ? new DidYouMean(respelt, found) : null;
    }

    /**
     * The query without the one word whose dropping finds most, for a query of several words that finds
     * nothing; null when no single word can go (or an OR group would have to).
     */
    Relaxation relaxation(String query, QuerySyntax.Parsed parsed, ToIntFunction<QuerySyntax.Parsed> count) {
        Relaxation best = null;
        for (int i = 0; parsed.required().size() > 1 && i < parsed.required().size(); i++) {
            if (parsed.required().get(i).size() > 1) {
                continue;
            }
            List<List<QueryTerm>> others = new ArrayList<>(parsed.required());
            String dropped = others.remove(i).getFirst().text();
            int found = count.applyAsInt(new QuerySyntax.Parsed(others, parsed.excluded()));
            if (found > 0 && (best == null || found > best.total())) {
                best = new Relaxation(QuerySyntax.without(query, dropped), dropped, found);
            }
        }
        return best;
    }
}
