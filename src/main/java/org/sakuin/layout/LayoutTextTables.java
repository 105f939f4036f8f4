package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables in layout text: runs of lines whose words stand in shared character columns. A run of
 * lines ends at a blank line, except where a page ends (blank lines and a page number around a form feed
 * do not end a table) or where rows go on after it (ruled tables print a blank line between rows). Within a run a table starts at its first line of two segments or more (with the
 * indented header pieces above it) and goes on while lines keep to its columns; a line a table's
 * last row wraps into must continue a cell that filled its column. It is a table when at least two lines
 * have two segments and it holds figures beside text (or three columns in three lines): prose with a
 * double space somewhere is not.
 */
final class LayoutTextTables {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-‐－—(（]?\\s*[0-9０-９]{1,4}\\s*[-‐－—)）]?$");
    /** A line this share of the run's widest without two segments is prose, not a wrapped cell. */
    private static final double PROSE_WIDTH_SHARE = 0.6;

    private LayoutTextTables() {
    }

    /** The rows of every table in the lines, in order. */
    static List<LayoutTextRow> rows(List<TextColumnLine> lines) {
        List<LayoutTextRow> rows = new ArrayList<>();
        for (List<TextColumnLine> run : runs(lines)) {
            for (List<TextColumnLine> piece : splitAtProseAndHeadings(run)) {
                find(piece, rows);
            }
        }
        return rows;
    }

    private static List<List<TextColumnLine>> runs(List<TextColumnLine> lines) {
        List<List<TextColumnLine>> runs = new ArrayList<>();
        List<TextColumnLine> run = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextColumnLine line = lines.get(i);
            if (!isSoft(line)) {
                run.add(line);
                continue;
            }
            int next = i;
            while (next < lines.size() && isSoft(lines.get(next))) {
                next++;
            }
            boolean pageBreak = !run.isEmpty() && next < lines.size() && lines.get(next).page() != run.getLast().page();
            if (!pageBreak && !betweenRows(lines, run, next)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            i = next - 1;
        }
        runs.add(run);
        return runs;
    }

    /**
     * Whether blank lines before line {@code next} stand between the rows of a table, as a ruled table's cell
     * padding prints them: the lines before them (since the last blank) and the lines after them (up to the
     * next) both hold a line of two segments. Prose, a heading or the next table's header after a blank line
     * ends the run.
     */
    private static boolean betweenRows(List<TextColumnLine> lines, List<TextColumnLine> run, int next) {
        boolean before = false;
        for (int i = run.size() - 1; i >= 0 && !before; i--) {
            before = run.get(i).isAnchor();
            if (i > 0 && run.get(i - 1).index() + 1 < run.get(i).index()) {
                break;
            }
        }
        for (int i = next; before && i < lines.size() && !isSoft(lines.get(i)); i++) {
            TextColumnLine line = lines.get(i);
            if (TextColumnCells.startsHeading(line.text())) {
                return false;
            }
            if (line.isAnchor()) {
                return !isHeader(line);
            }
        }
        return false;
    }

    /** A line of header words without figures: the header of the next table, not a row of this one. */
    private static boolean isHeader(TextColumnLine line) {
        return TextColumnCells.hasHeaderWord(line.text())
                && line.words().stream().noneMatch(w -> TextColumnCells.isFigure(w.text()));
    }

    /** A blank line or a page number: it ends a run of lines unless a page ends there or rows go on after it. */
    private static boolean isSoft(TextColumnLine line) {
        return line.isBlank() || PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    private static List<List<TextColumnLine>> splitAtProseAndHeadings(List<TextColumnLine> run) {
        int widest = run.stream().mapToInt(TextColumnLine::end).max().orElse(0);
        List<List<TextColumnLine>> pieces = new ArrayList<>();
        List<TextColumnLine> piece = new ArrayList<>();
        for (TextColumnLine line : run) {
            // a heading or a label between two tables (no blank line in a print without cell padding) ends the first
            if (!line.isAnchor() && (line.end() - line.start() >= widest * PROSE_WIDTH_SHARE
                    || TextColumnCells.startsSection(line.text()))) {
                pieces.add(piece);
                piece = new ArrayList<>();
            } else {
                piece.add(line);
            }
        }
        pieces.add(piece);
        return pieces;
    }

    private static void find(List<TextColumnLine> lines, List<LayoutTextRow> rows) {
        List<TextColumnLine> anchors = lines.stream().filter(TextColumnLine::isAnchor).toList();
        if (anchors.size() < 2) {
            return;
        }
        TextColumns columns = TextColumns.of(anchors);
        if (columns.count() < 2) {
            return;
        }
        int first = lines.indexOf(anchors.getFirst());
        int lastAnchor = lines.indexOf(anchors.getLast());
        int start = first;
        while (start > 0 && lines.get(start - 1).start() > 0 && columns.fits(lines.get(start - 1))) {
            start--;
        }
        int end = first + 1;
        while (end < lines.size() && (end <= lastAnchor ? lines.get(end).isAnchor() || columns.fits(lines.get(end))
                : columns.fits(lines.get(end)) && continuesCells(lines.subList(start, end + 1), columns))) {
            end++;
        }
        List<TextColumnLine> table = lines.subList(start, end);
        if (table.size() == lines.size()) {
            if (isTable(table, columns)) {
                rows.addAll(rowsByPage(table, columns));
            }
            return;
        }
        find(table, rows);
        if (end < lines.size()) {
            find(lines.subList(end, lines.size()), rows);
        }
    }

    /**
     * Whether the last of these lines, after the table's last line of segments, wraps the last row's cells:
     * each of its cells continues the nearest cell above in its column, and that cell filled its column. Rows
     * do not cross pages, nor does a heading continue a cell.
     */
    private static boolean continuesCells(List<TextColumnLine> table, TextColumns columns) {
        TextColumnLine line = table.getLast();
        if (line.page() != table.get(table.size() - 2).page() || TextColumnCells.startsHeading(line.text())) {
            return false;
        }
        List<String> cells = columns.cells(line);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty() && !filledAbove(table, columns, c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean filledAbove(List<TextColumnLine> table, TextColumns columns, int column) {
        for (int i = table.size() - 2; i >= 0; i--) {
            if (columns.has(table.get(i), column)) {
                return !columns.wrapsEarly(table.get(i), table.getLast(), column);
            }
        }
        return false;
    }

    private static boolean isTable(List<TextColumnLine> table, TextColumns columns) {
        List<TextColumnLine> anchors = table.stream().filter(TextColumnLine::isAnchor).toList();
        boolean figures = anchors.stream().anyMatch(line -> {
            List<String> cells = columns.cells(line);
            return cells.subList(1, cells.size()).stream().anyMatch(c -> !c.isEmpty() && TextColumnCells.isFigure(c));
        });
        return anchors.size() >= 2 && (figures || anchors.size() >= 3 && columns.count() >= 3);
    }

    /** Rows never cross a page: each page's part of the table is read on its own, in the table's columns. */
    private static List<LayoutTextRow> rowsByPage(List<TextColumnLine> table, TextColumns columns) {
        List<LayoutTextRow> rows = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= table.size(); i++) {
            if (i == table.size() || table.get(i).page() != table.get(from).page()) {
                rows.addAll(LayoutTextRows.of(table.subList(from, i), columns));
                from = i;
            }
        }
        return withHeadersOverTheirFigures(rows);
    }

    /**
     * Moves a header over its figures when it stands a column beside them: a spreadsheet centres or left-aligns
     * its header but right-aligns its figures, so in a wide cell they share no character column; a centred
     * header over a cell crowded by a long name stands a column right of its figures. Where a column holds
     * header words and nothing below them, and a column beside it (right first, then left) holds something
     * below an empty header, the header cells between them move over the figures and the emptied column goes.
     */
    private static List<LayoutTextRow> withHeadersOverTheirFigures(List<LayoutTextRow> rows) {
        List<String> header = rows.getFirst().cells();
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            if (!TextColumnCells.hasHeaderWord(header.get(c))
                    || !rows.stream().skip(1).allMatch(row -> row.cells().get(column).isEmpty())) {
                continue;
            }
            for (int d : columnsBeside(c, header.size())) {
                if (header.get(d).isEmpty() && rows.stream().skip(1).anyMatch(row -> !row.cells().get(d).isEmpty())) {
                    List<LayoutTextRow> shifted = new ArrayList<>(List.of(withCells(rows.getFirst(), without(header, d))));
                    rows.stream().skip(1).map(row -> withCells(row, without(row.cells(), column))).forEach(shifted::add);
                    return shifted;
                }
            }
        }
        return rows;
    }

    /** The columns right of {@code column}, nearest first, then the one just left of it. */
    private static List<Integer> columnsBeside(int column, int columns) {
        List<Integer> beside = new ArrayList<>();
        for (int d = column + 1; d < columns; d++) {
            beside.add(d);
        }
        if (column > 0) {
            beside.add(column - 1);
        }
        return beside;
    }

    private static List<String> without(List<String> cells, int column) {
        List<String> rest = new ArrayList<>(cells);
        rest.remove(column);
        return rest;
    }

    private static LayoutTextRow withCells(LayoutTextRow row, List<String> cells) {
        return new LayoutTextRow(row.first(), row.last(), row.page(), cells);
    }
}
