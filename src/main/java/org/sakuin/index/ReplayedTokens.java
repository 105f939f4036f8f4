package org.sakuin.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The tokens of a text analysed once and replayed for every record that repeats it. A plan's metadata is on each
 * of its passages and indicators and a section's heading path on each of its passages: analysing them again for
 * every record (Kuromoji and bigrams) was a third of an ingest's analysis. The replay gives the indexer what the
 * analyser gave: terms, position increments and lengths, offsets, and the final offset and increment.
 */
final class ReplayedTokens {

    private final List<Captured> tokens;
    private final int finalOffset;
    private final int finalPositionIncrement;

    private ReplayedTokens(List<Captured> tokens, int finalOffset, int finalPositionIncrement) {
        this.tokens = List.copyOf(tokens);
        this.finalOffset = finalOffset;
        this.finalPositionIncrement = finalPositionIncrement;
    }

    private record Captured(String term, int positionIncrement, int positionLength, int start, int end) {
    }

    /** The text as the analyser reads it in the field. */
    static ReplayedTokens analyse(Analyzer analyzer, String field, String text) {
        List<Captured> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Captured(term.toString(), increment.getPositionIncrement(), length.getPositionLength(),
                        offset.startOffset(), offset.endOffset()));
            }
            stream.end();
            return new ReplayedTokens(tokens, offset.endOffset(), increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of one plan, each analysed once per field however many of its records repeat it. */
    static final class PerPlan {
        private final Analyzer analyzer;
        private final Map<String, ReplayedTokens> analysed = new HashMap<>();

        PerPlan(Analyzer analyzer) {
            this.analyzer = analyzer;
        }

        /** A stream of the text's tokens in the field, analysed the first time it is asked for. */
        TokenStream stream(String field, String text) {
            return analysed.computeIfAbsent(field + '\u0000' + text, k -> analyse(analyzer, field, text)).stream();
        }
    }

    /** A new stream over the tokens, for one field of one record. */
    TokenStream stream() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == tokens.size()) {
                return false;
            }
            Captured token = tokens.get(next++);
            clearAttributes();
            term.setEmpty().append(token.term());
            increment.setPositionIncrement(token.positionIncrement());
            length.setPositionLength(token.positionLength());
            offset.setOffset(token.start(), token.end());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(finalPositionIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
