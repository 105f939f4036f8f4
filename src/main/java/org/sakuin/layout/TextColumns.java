package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The character columns a run of layout lines shares, found as rivers: stretches of columns that the
 * segments of (almost) no line cover. A few lines may cross a river, since a long cell pushes the next
 * one right or overflows its column by a character or two; a sixth of the lines are allowed to.
 */
final class TextColumns {

    /** One line in this many may cover a river: names that overflow their column. */
    private static final int CROSSING_SHARE = 6;
    /**
     * A river may run through the one-space gaps of crowded lines (see {@link #cellGaps}) when no more than one
     * line in this many crosses it and the word after the gap starts (give or take one column) where cells of
     * other lines start: the other lines' wide gaps show where the column starts.
     */
    private static final int CUT_SHARE = 3;
    /** A cell wrapped when its line came within this many columns of the column's edge. */
    private static final int FULL_SLACK = 2;

    /** The rivers, left to right, as [start, end) columns. */
    private final List<int[]> rivers;

    private TextColumns(List<int[]> rivers) {
        this.rivers = rivers;
    }

    /**
     * The columns the segments of these lines leave open. A stretch a few lines cover is a river only where
     * they overflow into it from a column beside it; where a few lines hold words of their own inside it (a
     * header's years over columns without figures yet), those words stand in columns of their own.
     */
    static TextColumns of(List<TextColumnLine> lines) {
        int width = lines.stream().mapToInt(TextColumnLine::end).max().orElse(0);
        int[] covered = new int[width];
        List<int[]> segments = new ArrayList<>();
        for (TextColumnLine line : lines) {
            for (List<TextColumnLine.Word> segment : line.segments()) {
                int[] span = {segment.getFirst().start(), segment.getLast().end()};
                segments.add(span);
                for (int x = span[0]; x < span[1]; x++) {
                    covered[x]++;
                }
            }
        }
        int[] uncut = covered.clone();
        Set<Integer> cellStarts = segments.stream().map(s -> s[0]).collect(Collectors.toSet());
        for (TextColumnLine line : lines) {
            for (int gap : cellGaps(line)) {
                boolean aligned = cellStarts.contains(gap) || cellStarts.contains(gap + 1) || cellStarts.contains(gap + 2);
                covered[gap] -= aligned ? 1 : 0;
            }
        }
        for (int x = 0; x < width; x++) {
            if (uncut[x] > lines.size() / CUT_SHARE) {
                covered[x] = uncut[x];
            }
        }
        List<int[]> rivers = new ArrayList<>();
        for (int[] river : openStretches(covered, lines.size() / CROSSING_SHARE)) {
            boolean ownWords = segments.stream().anyMatch(s -> s[0] >= river[0] && s[1] <= river[1]);
            if (ownWords) {
                openStretches(covered, 0).stream()
                        .filter(r -> r[0] >= river[0] && r[1] <= river[1]).forEach(rivers::add);
            } else {
                rivers.add(river);
            }
        }
        return new TextColumns(List.copyOf(rivers));
    }

    /**
     * The single spaces inside a line's segments that may part two cells, where a crowded line's cell stands one space after
     * the last: between Japanese and Japanese or a figure (従業者数 3,210, 令和元年 年 10,000, 利用者 人), not
     * after a figure (3,210 人 is a figure and its unit).
     */
    private static List<Integer> cellGaps(TextColumnLine line) {
        List<Integer> gaps = new ArrayList<>();
        for (List<TextColumnLine.Word> words : line.segments()) {
            for (int i = 1; i < words.size(); i++) {
                String before = words.get(i - 1).text();
                String after = words.get(i).text();
                if (isJapanese(before.codePointBefore(before.length()))
                        && (isJapanese(after.codePointAt(0)) || TextColumnCells.isFigure(after))) {
                    gaps.add(words.get(i).start() - 1);
                }
            }
        }
        return gaps;
    }

    private static boolean isJapanese(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c >= 0xFF01 && c <= 0xFF60 || c >= 0x3001 && c <= 0x303F;
    }

    /** The stretches between the first and last covered column that at most {@code allowed} lines cover. */
    private static List<int[]> openStretches(int[] covered, int allowed) {
        List<int[]> stretches = new ArrayList<>();
        int x = 0;
        while (x < covered.length && covered[x] <= allowed) {
            x++;
        }
        while (x < covered.length) {
            if (covered[x] <= allowed) {
                int start = x;
                while (x < covered.length && covered[x] <= allowed) {
                    x++;
                }
                if (x < covered.length) {
                    stretches.add(new int[] {start, x});
                }
            } else {
                x++;
            }
        }
        return stretches;
    }

    int count() {
        return rivers.size() + 1;
    }

    /** Whether no word of the line spans a whole river: its words stand in the columns. */
    boolean fits(TextColumnLine line) {
        for (TextColumnLine.Word word : line.words()) {
            for (int[] river : rivers) {
                if (word.start() < river[0] && word.end() > river[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The line's text in each column; words of one column keep one space between them. A word that starts
     * inside a river belongs to the column after it, unless it continues the word one space before it: an
     * overflowing name, or the unit of a figure (8,240 人).
     */
    List<String> cells(TextColumnLine line) {
        return cells(line, false);
    }

    /**
     * A header line's text in each column. A merged header cell (目標値 over 令和4年度 and 令和6年度) is centred
     * over the columns it spans, so on a line of its own it starts left of every word of the column it is
     * printed in, inside the river: there it goes to the column left of the river, the first it spans, where a
     * Word table's merged cell keeps its text. (Lines of several segments make the rivers, so their words
     * never start inside one.)
     */
    List<String> headerCells(TextColumnLine line) {
        return cells(line, true);
    }

    private List<String> cells(TextColumnLine line, boolean header) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int c = 0; c < count(); c++) {
            cells.add(new StringBuilder());
        }
        TextColumnLine.Word previous = null;
        int previousColumn = 0;
        for (TextColumnLine.Word word : line.words()) {
            int column = columnOf(word);
            boolean continuation = previous != null && column > previousColumn
                    && word.start() - previous.end() == 1 && insideRiver(word)
                    && (TextColumnCells.isUnit(word.text()) ? TextColumnCells.isFigure(previous.text())
                    : !TextColumnCells.isFigure(word.text()));
            if (continuation) {
                column = previousColumn;
            }
            int spanned = header && !line.isAnchor() ? riverAt(word.start()) : -1;
            if (spanned >= 0) {
                column = spanned;
            }
            StringBuilder cell = cells.get(column);
            if (!cell.isEmpty()) {
                cell.append(' ');
            }
            cell.append(word.text());
            previous = word;
            previousColumn = column;
        }
        return cells.stream().map(StringBuilder::toString).toList();
    }

    /**
     * Whether the text of a column on line {@code below} could have stood at the end of line {@code above}: then
     * it does not continue that cell, since a cell wraps only what no longer fits. Japanese wraps at any
     * character, Western text at a space. False when either line has nothing in the column, or for the last
     * column, whose right edge is not known.
     */
    boolean wrapsEarly(TextColumnLine above, TextColumnLine below, int column) {
        TextColumnLine.Word last = null;
        for (TextColumnLine.Word word : above.words()) {
            last = columnOf(word) == column ? word : last;
        }
        TextColumnLine.Word next = below.words().stream().filter(w -> columnOf(w) == column).findFirst().orElse(null);
        if (last == null || next == null || column >= rivers.size()) {
            return false;
        }
        boolean western = next.text().charAt(0) < 0x3000;
        int needed = western ? 1 + next.text().length() : 1;
        return last.end() + needed + FULL_SLACK <= rivers.get(column)[0];
    }

    /** Whether the line's text in a column reaches the column's right edge: no character more would fit. */
    boolean fills(TextColumnLine line, int column) {
        TextColumnLine.Word last = null;
        for (TextColumnLine.Word word : line.words()) {
            last = columnOf(word) == column ? word : last;
        }
        return last != null && column < rivers.size() && last.end() >= rivers.get(column)[0];
    }

    boolean has(TextColumnLine line, int column) {
        return line.words().stream().anyMatch(w -> columnOf(w) == column);
    }

    int columnOf(TextColumnLine.Word word) {
        int column = 0;
        for (int[] river : rivers) {
            if (river[0] <= word.start()) {
                column++;
            }
        }
        return column;
    }

    /** The index of the river holding column {@code x}, which is also the index of the column left of it; or -1. */
    private int riverAt(int x) {
        for (int r = 0; r < rivers.size(); r++) {
            if (rivers.get(r)[0] <= x && x < rivers.get(r)[1]) {
                return r;
            }
        }
        return -1;
    }

    private boolean insideRiver(TextColumnLine.Word word) {
        return rivers.stream().anyMatch(r -> r[0] <= word.start() && word.start() < r[1]);
    }
}
