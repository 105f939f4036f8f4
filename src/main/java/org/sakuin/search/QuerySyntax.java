package org.sakuin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.index.QueryTerm;

/**
 * The query language users know from web search: words are AND-ed, {@code OR} (or {@code |}) joins
 * alternatives, {@code -word} excludes, {@code "…"} (or 「…」) is a phrase. Full-width spaces separate words too.
 */
final class QuerySyntax {

    private static final Pattern TOKEN = Pattern.compile("(-)?(?:\"([^\"]*)\"?|「([^」]*)」?|(\\S+))");

    record Parsed(List<List<QueryTerm>> required, List<QueryTerm> excluded) {
    }

    private QuerySyntax() {
    }

    /** Ideographic spaces and curly quotes as their ASCII kin. */
    private static String plain(String query) {
        return query == null ? "" : query.replace('\u3000', ' ').replace('”', '"').replace('“', '"');
    }

    /** The query with each word or phrase that is exactly {@code from} written as {@code to}. */
    static String replace(String query, String from, String to) {
        Matcher m = TOKEN.matcher(plain(query));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replaced = from.equals(textOf(m).strip()) ? m.group().replace(from, to) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The query without the word or phrase {@code word} (an exclusion of it stays). */
    static String without(String query, String word) {
        Matcher m = TOKEN.matcher(plain(query));
        List<String> kept = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null || !word.equals(textOf(m).strip())) {
                kept.add(m.group());
            }
        }
        return String.join(" ", kept);
    }

    /** The word, or the phrase inside its quotes, of a {@link #TOKEN} match. */
    private static String textOf(Matcher token) {
        return token.group(2) != null ? token.group(2) : token.group(3) != null ? token.group(3) : token.group(4);
    }

    static Parsed parse(String query) {
        if (query != null && query.length() > SearchRequest.MAX_QUERY_CHARACTERS) {
            throw new IllegalArgumentException("a query may have at most " + SearchRequest.MAX_QUERY_CHARACTERS
                    + " characters, not " + query.length());
        }
        List<List<QueryTerm>> required = new ArrayList<>();
        List<QueryTerm> excluded = new ArrayList<>();
        boolean orPending = false;
        Matcher m = TOKEN.matcher(plain(query));
        while (m.find()) {
            boolean negated = m.group(1) != null;
            boolean phrase = m.group(4) == null;
            String text = textOf(m);
            if (!phrase && !negated && (text.equals("OR") || text.equals("|"))) {
                orPending = !required.isEmpty();
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            QueryTerm term = new QueryTerm(text.strip(), phrase);
            if (negated) {
                excluded.add(term);
            } else if (orPending) {
                required.getLast().add(term);
            } else {
                required.add(new ArrayList<>(List.of(term)));
            }
            orPending = false;
        }
        return new Parsed(required, excluded);
    }
}
