package org.sakuin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.index.PassageQuery;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.QueryTerm;

/**
 * Other queries to offer beside a search's results: the query respelt when a word of it occurs nowhere
 * (「もしかして」), and the query without one word when its words never meet.
 */
final class QueryAlternatives {

    private final PlanIndex index;

    QueryAlternatives(PlanIndex index) {
        this.index = index;
    }

    /**
     * The query without the one word whose dropping finds most, for a query of several words that finds
     * nothing; null when no single word can go (or an OR group would have to).
     */
    Relaxation relaxation(SearchRequest request, QuerySyntax.Parsed parsed) {
        Relaxation best = null;
        for (int i = 0; parsed.required().size() > 1 && i < parsed.required().size(); i++) {
            if (parsed.required().get(i).size() > 1) {
                continue;
            }
            List<List<QueryTerm>> others = new ArrayList<>(parsed.required());
            String dropped = others.remove(i).getFirst().text();
            int found = count(others, parsed.excluded(), request);
            if (found > 0 && (best == null || found > best.total())) {
                best = new Relaxation(QuerySyntax.without(request.query(), dropped), dropped, found);
            }
        }
        return best;
    }

    /**
     * Each word that occurs nowhere replaced by the indexed word most like it; offered when that query finds
     * more than the query as typed (none at all, or only the scattered characters of a mistyped word).
     */
    DidYouMean didYouMean(SearchRequest request, QuerySyntax.Parsed parsed, int total) {
        String respelt = request.query();
        for (List<QueryTerm> group : parsed.required()) {
            for (QueryTerm term : group) {
                Optional<String> correction = index.spellingCorrection(term.text());
                if (correction.isPresent()) {
                    respelt = QuerySyntax.replace(respelt, term.text(), correction.get());
                }
            }
        }
        if (respelt.equals(request.query())) {
            return null;
        }
        QuerySyntax.Parsed corrected = QuerySyntax.parse(respelt);
        int found = count(corrected.required(), corrected.excluded(), request);
        return found > total ? new DidYouMean(respelt, found) : null;
    }

    private int count(List<List<QueryTerm>> required, List<QueryTerm> excluded, SearchRequest request) {
        return index.search(new PassageQuery(required, excluded, request.filter(), 1, request.synonymsOff())).total();
    }
}
