package org.sakuin.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets with {@code <mark>}ed matches. Matches found through the bigram field or another spelling are marked
 * too: those fields are "masked" onto the stored text field, whose offsets they share.
 */
final class PassageHighlighter {

    private static final int SNIPPET_LENGTH = 120;
    private static final int SNIPPETS = 2;

    private final Analyzer analyzer;

    PassageHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String[] highlight(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.JAPANESE), SNIPPET_LENGTH, 0.5f))
                .withMaskedFieldsFunc(field -> IndexFields.TEXT.equals(field)
                        ? Set.of(IndexFields.TEXT_BIGRAM, IndexFields.TEXT_VARIANTS) : Set.of())
                .withMaxLength(100_000)
                // mark the words themselves, not the whole span of the proximity-boost phrase
                .withWeightMatches(false)
                .build();
        return highlighter.highlight(IndexFields.TEXT, query, topDocs, SNIPPETS);
    }
}
