package org.sakuin.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: text escaped, matches in {@code <mark>}, passages joined by "…".
 * Overlapping and touching matches (CJK bigrams overlap by design) become one mark.
 */
final class MarkFormatter extends PassageFormatter {

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) {
                out.append('…');
            }
            appendPassage(out, passage, content);
            previousEnd = passage.getEndOffset();
        }
        return out.toString();
    }

    private static void appendPassage(StringBuilder out, Passage passage, String content) {
        int pos = passage.getStartOffset();
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(starts[i], pos);
            int end = ends[i];
            while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) {
                end = Math.max(end, ends[++i]);
            }
            end = Math.min(end, passage.getEndOffset());
            if (end <= start) {
                continue;
            }
            escape(out, content, pos, start);
            out.append("<mark>");
            escape(out, content, start, end);
            out.append("</mark>");
            pos = end;
        }
        escape(out, content, pos, passage.getEndOffset());
    }

    private static void escape(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
