package org.sakuin.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: text escaped, matches in {@code <mark>}, passages joined by "…".
 * Overlapping and touching matches (CJK bigrams overlap by design) become one mark. A mark never spans a tab or
 * a line break: a table row's cells are joined by tabs, and the page lays each cell out on its own.
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
            mark(out, content, start, end);
            pos = end;
        }
        escape(out, content, pos, passage.getEndOffset());
    }

    /** The range in marks, closed at each tab and line break and opened again after it. */
    private static void mark(StringBuilder out, String content, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || content.charAt(i) == '\t' || content.charAt(i) == '\n') {
                if (i > start) {
                    out.append("<mark>");
                    escape(out, content, start, i);
                    out.append("</mark>");
                }
                if (i < to) {
                    out.append(content.charAt(i));
                }
                start = i + 1;
            }
        }
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
