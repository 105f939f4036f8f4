package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables printed without borders: consecutive lines whose words stand in columns, with the same
 * strips of white space between them from the first line to the last. Lines between them that fill only one
 * column's space (a wrapped name or header, its other columns empty) carry the table on; {@link WrappedRows}
 * gives them to their rows. A run of at least three lines with rows of figures is a table; columns of words
 * without figures are a diagram or a list and stay lines.
 */
final class AlignedColumns {

    /**
     * A gap at least this many glyph heights wide separates columns. A word gap or justification is less;
     * Word's cell margins leave about one glyph height between a full cell and the next column.
     */
    private static final float COLUMN_GAP = 0.9f;
    /**
     * A wrapped line stands at most this many glyph heights below the line before it: a spreadsheet's rows
     * are often taller than their text (see {@link WrappedRows} for which row a line belongs to).
     */
    private static final float WRAP_SPACING = 4f;
    private static final int MIN_LINES = 3;
    private static final int MAX_HEADER_PIECES = 2;

    /** The rows of a run of lines found to be a table, and how many lines it took. */
    record Found(List<List<String>> rows, int headerRows, float[] columnEdges, int lines) {
    }

    private AlignedColumns() {
    }

    /** The table that starts at line {@code from} of these glyph lines, if one does. */
    static Found at(List<List<PdfGlyph>> lines, int from) {
        return gaps(lines.get(from)) > 0 ? startingInColumns(lines, from) : underHeaderPieces(lines, from);
    }

    /**
     * A table whose first lines are pieces of a header standing over its figure columns alone (実績値 over
     * R4 R5 R6, 策定時 over （R3）, printed higher than the header's other cells). A line standing in the
     * first column alone is a title or a label (【成果指標】), not part of the table.
     */
    private static Found underHeaderPieces(List<List<PdfGlyph>> lines, int from) {
        int start = from;
        while (start < lines.size() && start - from < MAX_HEADER_PIECES && gaps(lines.get(start)) == 0) {
            start++;
        }
        if (start == from || start == lines.size() || gaps(lines.get(start)) == 0) {
            return null;
        }
        Found below = startingInColumns(lines, start);
        if (below == null) {
            return null;
        }
        for (int i = from; i < start; i++) {
            if (!close(lines.get(i), lines.get(i + 1))
                    || printed(lines.get(i)).stream().anyMatch(g -> column(g, below.columnEdges()) == 0)) {
                return null;
            }
        }
        List<List<PdfGlyph>> table = lines.subList(from, start + below.lines());
        WrappedRows.Rows rows = WrappedRows.of(table, below.columnEdges());
        return rows == null ? null : new Found(rows.rows(), rows.headerRows(), below.columnEdges(), rows.lines());
    }

    /**
     * A table from this line, which has columns. Lines above the first figures (a header) are left out of the
     * columns' strips of white space: a spreadsheet's left-aligned header words stand close to the right-aligned
     * figures of the column before; they must only stay within their own column.
     */
    private static Found startingInColumns(List<List<PdfGlyph>> lines, int from) {
        List<List<PdfGlyph>> body = new ArrayList<>();
        float[] separators = new float[0];
        int end = from;
        while (end < lines.size()) {
            List<PdfGlyph> line = lines.get(end);
            if (gaps(line) > 0 && (!body.isEmpty() || holdsFigure(line))) {
                List<List<PdfGlyph>> with = new ArrayList<>(body);
                with.add(line);
                float[] wider = separators(with);
                if (wider.length == 0 || !body.isEmpty() && wider.length < separators.length) {
                    break; // this line crosses the columns: the table, if any, ended above it
                }
                body = with;
                separators = wider;
            } else if (gaps(line) == 0 && (end == from || !close(lines.get(end - 1), line))) {
                break;
            }
            end++;
        }
        if (body.isEmpty()) {
            return null;
        }
        separators = CellEdges.between(body, separators);
        int fitting = fittingLines(lines.subList(from, end), body, separators);
        if (fitting < MIN_LINES) {
            return null; // also when a line above the figures is no header (-1)
        }
        WrappedRows.Rows rows = WrappedRows.of(lines.subList(from, from + fitting), separators);
        if (rows == null || rows.lines() < MIN_LINES) {
            return null;
        }
        return new Found(rows.rows(), rows.headerRows(), separators, rows.lines());
    }

    private static boolean holdsFigure(List<PdfGlyph> line) {
        return runs(line).stream().skip(1).anyMatch(run -> WrappedRows.isFigure(GlyphText.of(run)));
    }

    /**
     * How many of the lines go before a line outside the table: prose, or a line other than the columns'
     * that reaches into another column's words. -1 if such a line stands above the first line of columns.
     */
    private static int fittingLines(List<List<PdfGlyph>> lines, List<List<PdfGlyph>> body, float[] separators) {
        int columns = separators.length + 1;
        float[] left = CellEdges.filled(columns, Float.MAX_VALUE);
        float[] right = CellEdges.filled(columns, -Float.MAX_VALUE);
        for (List<PdfGlyph> line : body) {
            for (PdfGlyph glyph : printed(line)) {
                int c = column(glyph, separators);
                left[c] = Math.min(left[c], glyph.left());
                right[c] = Math.max(right[c], glyph.right());
            }
        }
        boolean inBody = false;
        for (int i = 0; i < lines.size(); i++) {
            List<PdfGlyph> line = lines.get(i);
            if (body.stream().anyMatch(columnar -> columnar == line)) {
                inBody = true;
            } else if (!fits(line, separators, left, right)) {
                return inBody ? i : -1;
            }
        }
        return lines.size();
    }

    /** Whether each piece of the line stays clear of the other columns' words, and the line is no paragraph. */
    private static boolean fits(List<PdfGlyph> line, float[] separators, float[] left, float[] right) {
        List<List<PdfGlyph>> runs = runs(line);
        if (column(runs.getFirst().getFirst(), separators) == 0 && GlyphText.of(runs.getLast()).endsWith("。")) {
            return false; // a sentence from the left margin is prose; a description column's cells may end so
        }
        for (List<PdfGlyph> run : runs) {
            int c = column(run.getFirst(), separators);
            for (int k = 0; k < left.length; k++) {
                if (k != c && run.getLast().right() > left[k] && run.getFirst().left() < right[k]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(List<PdfGlyph> above, List<PdfGlyph> line) {
        List<PdfGlyph> printed = printed(line);
        List<PdfGlyph> printedAbove = printed(above);
        if (printed.isEmpty() || printedAbove.isEmpty()) {
            return false;
        }
        float baseline = (float) printed.stream().mapToDouble(PdfGlyph::bottom).max().orElseThrow();
        float baselineAbove = (float) printedAbove.stream().mapToDouble(PdfGlyph::bottom).max().orElseThrow();
        float height = (float) printed.stream().mapToDouble(PdfGlyph::height).max().orElseThrow();
        return baseline - baselineAbove <= WRAP_SPACING * height;
    }

    /** How many column gaps a line has. */
    private static int gaps(List<PdfGlyph> line) {
        List<PdfGlyph> sorted = printed(line);
        int gaps = 0;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).left() - sorted.get(i - 1).right() >= COLUMN_GAP * sorted.get(i).height()) {
                gaps++;
            }
        }
        return gaps;
    }

    /** The middles of the strips of white space, wide enough to part columns, that cross all these lines. */
    private static float[] separators(List<List<PdfGlyph>> lines) {
        List<PdfGlyph> all = new ArrayList<>();
        lines.forEach(line -> all.addAll(printed(line)));
        all.sort(Comparator.comparingDouble(PdfGlyph::left));
        List<Float> middles = new ArrayList<>();
        float reach = all.getFirst().right();
        for (PdfGlyph glyph : all) {
            if (glyph.left() - reach >= COLUMN_GAP * glyph.height()) {
                middles.add((reach + glyph.left()) / 2);
            }
            reach = Math.max(reach, glyph.right());
        }
        float[] out = new float[middles.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = middles.get(i);
        }
        return out;
    }

    /**
     * The text of one line in each column the separators part. Glyphs standing together (no column gap) are
     * one cell, in the column their first glyph stands in: a wrapped name reaching past the middle of the gap
     * to the next column is still the name's.
     */
    static List<String> cells(List<PdfGlyph> line, float[] separators) {
        List<List<PdfGlyph>> columns = new ArrayList<>();
        for (int i = 0; i <= separators.length; i++) {
            columns.add(new ArrayList<>());
        }
        for (List<PdfGlyph> run : runs(line)) {
            columns.get(column(run.getFirst(), separators)).addAll(run);
        }
        return columns.stream().map(GlyphText::of).toList();
    }

    /** The line's pieces that stand apart by a column gap, left to right. */
    static List<List<PdfGlyph>> runs(List<PdfGlyph> line) {
        List<List<PdfGlyph>> runs = new ArrayList<>();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : printed(line)) {
            if (previous == null || glyph.left() - previous.right() >= COLUMN_GAP * glyph.height()) {
                runs.add(new ArrayList<>());
            }
            runs.getLast().add(glyph);
            previous = glyph;
        }
        return runs;
    }

    static int column(PdfGlyph glyph, float[] separators) {
        int column = 0;
        while (column < separators.length && glyph.centerX() > separators[column]) {
            column++;
        }
        return column;
    }

    private static List<PdfGlyph> printed(List<PdfGlyph> line) {
        List<PdfGlyph> printed = new ArrayList<>(line.stream().filter(glyph -> !glyph.isBlank()).toList());
        printed.sort(Comparator.comparingDouble(PdfGlyph::left));
        return printed;
    }
}
