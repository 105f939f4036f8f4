package org.sakuin.layout;

import java.util.List;

/**
 * Which lines of a layout table's body go with which row. Each row's figures stand on its core lines; the lines
 * between two cores hold the rest of wrapped cells, and belong to the row above, the row below, or are shared
 * around each row's figures, as the table's cells are aligned to the top, bottom or middle. Of the three, the
 * alignment that explains the lines best is taken.
 */
final class RowSpans {

    /** In the order preferred when two explain the lines equally well: centred cells are the common case. */
    private enum Alignment { MIDDLE, TOP, BOTTOM }

    /** What a cell wrapped after a line that did not fill its column costs, against one line out of place. */
    private static final int EARLY_WRAP_COST = 2;

    private final List<TextColumnLine> lines;
    private final TextColumns columns;

    RowSpans(List<TextColumnLine> lines, TextColumns columns) {
        this.lines = lines;
        this.columns = columns;
    }

    /**
     * The last line of each row, whose figures stand on the cores ([first, centre, last] line of each), under the
     * alignment that explains the lines best: the fewest lines out of place for it, and the fewest cells that
     * would wrap before their line is full.
     */
    int[] lastLines(List<int[]> cores) {
        int[] best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Alignment alignment : Alignment.values()) {
            int[] spans = spans(cores, alignment);
            int cost = cost(cores, spans, alignment);
            if (cost < bestCost) {
                best = spans;
                bestCost = cost;
            }
        }
        return best;
    }

    private int[] spans(List<int[]> cores, Alignment alignment) {
        int[] ends = new int[cores.size()];
        for (int r = 0; r < cores.size() - 1; r++) {
            ends[r] = switch (alignment) {
                case TOP -> cores.get(r + 1)[0] - 1;
                case BOTTOM -> cores.get(r)[2];
                case MIDDLE -> -1;
            };
        }
        ends[cores.size() - 1] = lines.size() - 1;
        if (alignment == Alignment.MIDDLE) {
            middleSpans(cores, ends);
        }
        return ends;
    }

    /** Shares the lines between figures so that each row's figures stand as near its middle as can be. */
    private void middleSpans(List<int[]> cores, int[] ends) {
        int rows = cores.size();
        // cost[r][e]: least imbalance of rows 0..r when row r ends at line e
        int[][] cost = new int[rows][lines.size()];
        int[][] previousEnd = new int[rows][lines.size()];
        for (int r = 0; r < rows; r++) {
            int lastEnd = r == rows - 1 ? lines.size() - 1 : cores.get(r + 1)[0] - 1;
            for (int e = cores.get(r)[2]; e <= lastEnd; e++) {
                cost[r][e] = Integer.MAX_VALUE;
                if (r == 0) {
                    cost[r][e] = imbalance(cores.get(r), 0, e);
                    continue;
                }
                for (int p = cores.get(r - 1)[2]; p < cores.get(r)[0]; p++) {
                    if (cost[r - 1][p] != Integer.MAX_VALUE) {
                        int total = cost[r - 1][p] + imbalance(cores.get(r), p + 1, e);
                        if (total < cost[r][e]) {
                            cost[r][e] = total;
                            previousEnd[r][e] = p;
                        }
                    }
                }
            }
        }
        int end = lines.size() - 1;
        for (int r = rows - 1; r >= 0; r--) {
            ends[r] = end;
            end = previousEnd[r][end];
        }
    }

    private static int imbalance(int[] core, int first, int last) {
        return Math.abs((core[1] - first) - (last - core[1]));
    }

    private int cost(List<int[]> cores, int[] ends, Alignment alignment) {
        int cost = 0;
        int first = 0;
        for (int r = 0; r < cores.size(); r++) {
            int centre = cores.get(r)[1];
            cost += switch (alignment) {
                case TOP -> centre - first;
                case BOTTOM -> ends[r] - centre;
                case MIDDLE -> imbalance(cores.get(r), first, ends[r]);
            };
            cost += EARLY_WRAP_COST * earlyWraps(first, ends[r]);
            if (r + 1 < cores.size() && ends[r] + 1 < cores.get(r + 1)[0]) {
                cost += cutCells(ends[r]);
            }
            first = ends[r] + 1;
        }
        return cost;
    }

    /** How many cells of the row of lines first..last go on with text that would have fit on the line above. */
    private int earlyWraps(int first, int last) {
        int wraps = 0;
        for (int c = 0; c < columns.count(); c++) {
            TextColumnLine above = null;
            for (int i = first; i <= last; i++) {
                if (columns.has(lines.get(i), c)) {
                    wraps += above != null && columns.wrapsEarly(above, lines.get(i), c) ? 1 : 0;
                    above = lines.get(i);
                }
            }
        }
        return wraps;
    }

    /**
     * How many cells a row ending at line {@code last} would cut: its last line fills the column and the next
     * line, which holds no figures, goes on in that column, as the rest of a wrapped cell does.
     */
    private int cutCells(int last) {
        int cut = 0;
        for (int c = 0; c < columns.count(); c++) {
            int above = last;
            while (above >= 0 && !columns.has(lines.get(above), c)) {
                above--;
            }
            if (above >= 0 && columns.fills(lines.get(above), c) && columns.has(lines.get(last + 1), c)) {
                cut++;
            }
        }
        return cut;
    }
}
