package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the rows of one page's part of a layout table. Lines holding figures carry a row; the lines
 * between them hold the rest of wrapped cells. The lines above the first figures that hold header words
 * are the header, read as one row whose cells join their pieces (目標値 over 令和7年度 reads 目標値令和7年度,
 * and 令和12年度 beside it continues the target columns, as a second header row of a Word table would). Which
 * lines between the figures go with which row is {@link RowSpans}' choice.
 */
final class LayoutTextRows {

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
        List<int[]> cores = cores();
        if (cores.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                rows.add(row(i, i));
            }
            return rows;
        }
        int[] spans = new RowSpans(lines, columns).lastLines(cores);
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
    private List<int[]> cores() {
        List<int[]> cores = new ArrayList<>();
        List<Boolean> used = null;
        for (int i = 0; i < lines.size(); i++) {
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
