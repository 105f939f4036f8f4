package org.sakuin.index;

/** One thing the user typed: a word (or compound) or a "quoted phrase". */
public record QueryTerm(String text, boolean phrase) {

    public QueryTerm {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty query term");
        }
    }
}
