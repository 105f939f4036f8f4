package org.sakuin.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: text escaped, matches in {@code <mark>}, passages joined by "…", a passage
 * that cuts a table row widened to the whole row.
 * Overlapping and touching matches (CJK bigrams overlap by design) become one mark. A mark never spans a tab or
 * a line break: a table row's cells are joined by tabs, and the page lays each cell out on its own.
 */
final class MarkFormatter extends PassageFormatter {

    /** How far a passage is widened to take in the rest of a table row it cuts. */
    private static final int MAX_ROW_WIDENING = 200;

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            int start = Math.max(rowStart(content, passage.getStartOffset()), previousEnd);
            int end = Math.max(start, rowEnd(content, passage.getEndOffset()));
            if (previousEnd >= 0 && content.substring(previousEnd, start).isBlank()) {
                escape(out, content, previousEnd, start); // rows that meet: their line break, not a gap
            } else if (previousEnd >= 0 && start > previousEnd) {
                // between two parts of a table, the gap is a line of its own rather than glued into a cell
                out.append(inRow(content, start) ? "\n…\n" : "…");
            }
            appendPassage(out, passage, content, start, end);
            previousEnd = end;
        }
        return out.toString();
    }

    /** A passage starting inside a table row starts with the row, so its cells stay in their columns. */
    private static int rowStart(String content, int offset) {
        int lineStart = content.lastIndexOf('\n', offset - 1) + 1;
        return inRow(content, offset) && offset - lineStart <= MAX_ROW_WIDENING ? lineStart : offset;
    }

    /** A passage ending inside a table row ends with the row. */
    private static int rowEnd(String content, int offset) {
        if (offset == 0 || !inRow(content, offset - 1)) {
            return offset;
        }
        int lineEnd = content.indexOf('\n', offset - 1);
        lineEnd = lineEnd < 0 ? content.length() : lineEnd;
        return lineEnd - offset <= MAX_ROW_WIDENING ? Math.max(offset, lineEnd) : offset;
    }

    /** Whether the line holding this offset is a table row (its cells joined by tabs). */
    private static boolean inRow(String content, int offset) {
        if (offset >= content.length()) {
            return false;
        }
        int lineStart = content.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = content.indexOf('\n', offset);
        return content.substring(lineStart, lineEnd < 0 ? content.length() : lineEnd).indexOf('\t') >= 0;
    }

    private static void appendPassage(StringBuilder out, Passage passage, String content, int from, int to) {
        int pos = from;
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(starts[i], pos);
            int end = ends[i];
            while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) {
                end = Math.max(end, ends[++i]);
            }
            end = Math.min(end, to);
            if (end <= start) {
                continue;
            }
            escape(out, content, pos, start);
            mark(out, content, start, end);
            pos = end;
        }
        escape(out, content, pos, to);
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
