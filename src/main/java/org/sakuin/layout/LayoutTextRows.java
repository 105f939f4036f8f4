package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the rows of one page's part of a layout table. Lines holding figures carry a row; the lines
 * between them hold the rest of wrapped cells and belong to the row above, the row below, or are shared
 * around each row's figures, as the table's cells are aligned to the top, bottom or middle: of the three the
 * alignment that explains the lines best is taken. The lines above the first figures that hold header words
 * are the header, read as one row whose cells join their pieces (目標値 over 令和7年度 reads 目標値令和7年度,
 * and 令和12年度 beside it continues the target columns, as a second header row of a Word table would).
 */
final class LayoutTextRows {

    /** In the order preferred when two explain the lines equally well: centred cells are the common case. */
    private enum Alignment { MIDDLE, TOP, BOTTOM }

    /** What a cell wrapped after a line that did not fill its column costs, against one line out of place. */
    private static final int EARLY_WRAP_COST = 2;

    private final List<TextColumnLine> lines;
    private final TextColumns columns;
    private final List<List<String>> cells;

    private LayoutTextRows(List<TextColumnLine> lines, TextColumns columns) {
        this.lines = lines;
        this.columns = columns;
        this.cells = lines.stream().map(columns::cells).toList();
    }

    /**
     * The rows of these lines of one page, all in the given columns. Where blank lines part the body (a ruled
     * table's cell padding), no row crosses them: each part between blank lines is read on its own.
     */
    static List<LayoutTextRow> of(List<TextColumnLine> lines, TextColumns columns) {
        LayoutTextRows table = new LayoutTextRows(lines, columns);
        int headerEnd = table.headerEnd();
        List<LayoutTextRow> rows = new ArrayList<>();
        if (headerEnd > 0) {
            rows.add(table.headerRow(headerEnd));
        }
        int from = headerEnd;
        for (int i = headerEnd + 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i - 1).index() + 1 < lines.get(i).index()) {
                rows.addAll(new LayoutTextRows(lines.subList(from, i), columns).bodyRows());
                from = i;
            }
        }
        return rows;
    }

    private List<LayoutTextRow> bodyRows() {
        List<LayoutTextRow> rows = new ArrayList<>();
        List<int[]> cores = cores(0);
        if (cores.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                rows.add(row(i, i));
            }
            return rows;
        }
        int[] spans = bestSpans(cores, 0);
        int from = 0;
        for (int r = 0; r < cores.size(); r++) {
            rows.add(row(from, spans[r]));
            from = spans[r] + 1;
        }
        return rows;
    }

    /** The header's end: after the last line above the first figures that holds a header word. */
    private int headerEnd() {
        int end = 0;
        for (int i = 0; i < lines.size() && !holdsFigures(i); i++) {
            if (TextColumnCells.hasHeaderWord(lines.get(i).text())) {
                end = i + 1;
            }
        }
        return end;
    }

    private boolean holdsFigures(int line) {
        return figureCount(line) > 0;
    }

    private int figureCount(int line) {
        List<String> row = cells.get(line);
        int figures = 0;
        for (int c = 1; c < row.size(); c++) {
            if (!row.get(c).isEmpty() && TextColumnCells.isFigure(row.get(c))) {
                figures++;
            }
        }
        return figures;
    }

    /**
     * The lines carrying each row's figures as [first, centre, last]: figure lines next to each other are one
     * row when they fill different columns (a two-line target beside one-line figures), else one row each.
     * The centre is the line with the most figures.
     */
    private List<int[]> cores(int from) {
        List<int[]> cores = new ArrayList<>();
        List<Boolean> used = null;
        for (int i = from; i < lines.size(); i++) {
            if (!holdsFigures(i)) {
                used = null;
                continue;
            }
            if (used != null && disjoint(used, i)) {
                int[] core = cores.getLast();
                core[2] = i;
                if (figureCount(i) > figureCount(core[1])) {
                    core[1] = i;
                }
            } else {
                cores.add(new int[] {i, i, i});
                used = new ArrayList<>();
                for (int c = 0; c < cells.get(i).size(); c++) {
                    used.add(false);
                }
            }
            for (int c = 0; c < cells.get(i).size(); c++) {
                used.set(c, used.get(c) || !cells.get(i).get(c).isEmpty());
            }
        }
        return cores;
    }

    private boolean disjoint(List<Boolean> used, int line) {
        List<String> row = cells.get(line);
        for (int c = 0; c < row.size(); c++) {
            if (used.get(c) && !row.get(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last line of each row under the alignment that explains the lines best: the fewest lines out of
     * place for it, and the fewest cells that would wrap before their line is full.
     */
    private int[] bestSpans(List<int[]> cores, int from) {
        int[] best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Alignment alignment : Alignment.values()) {
            int[] spans = spans(cores, from, alignment);
            int cost = cost(cores, from, spans, alignment);
            if (cost < bestCost) {
                best = spans;
                bestCost = cost;
            }
        }
        return best;
    }

    private int[] spans(List<int[]> cores, int from, Alignment alignment) {
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
            middleSpans(cores, from, ends);
        }
        return ends;
    }

    /** Shares the lines between figures so that each row's figures stand as near its middle as can be. */
    private void middleSpans(List<int[]> cores, int from, int[] ends) {
        int rows = cores.size();
        // cost[r][e]: least imbalance of rows 0..r when row r ends at line e
        int[][] cost = new int[rows][lines.size()];
        int[][] previousEnd = new int[rows][lines.size()];
        for (int r = 0; r < rows; r++) {
            int lastEnd = r == rows - 1 ? lines.size() - 1 : cores.get(r + 1)[0] - 1;
            for (int e = cores.get(r)[2]; e <= lastEnd; e++) {
                cost[r][e] = Integer.MAX_VALUE;
                if (r == 0) {
                    cost[r][e] = imbalance(cores.get(r), from, e);
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

    private int cost(List<int[]> cores, int from, int[] ends, Alignment alignment) {
        int cost = 0;
        int first = from;
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

    /** The row of lines first..last: each column's pieces joined top to bottom. */
    private LayoutTextRow row(int first, int last) {
        return joined(lines.subList(first, last + 1), cells.subList(first, last + 1));
    }

    /** The header lines as one row, a merged cell in the first column it spans (see TextColumns#headerCells). */
    private LayoutTextRow headerRow(int end) {
        List<TextColumnLine> header = lines.subList(0, end);
        return joined(header, header.stream().map(columns::headerCells).toList());
    }

    private static LayoutTextRow joined(List<TextColumnLine> lines, List<List<String>> cells) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < cells.getFirst().size(); c++) {
            List<String> pieces = new ArrayList<>();
            for (List<String> line : cells) {
                pieces.add(line.get(c));
            }
            row.add(TextColumnCells.join(pieces, c == 0));
        }
        return new LayoutTextRow(lines.getFirst().index(), lines.getLast().index(), lines.getFirst().page(), row);
    }
}
