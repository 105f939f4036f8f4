package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables printed without borders: consecutive lines whose words stand in columns, with the same
 * strips of white space between them from the first line to the last. A run of at least three such lines,
 * most of them below the first with a figure, is a table (a header and its rows); columns of words without
 * figures are a diagram or a list and stay lines.
 */
final class AlignedColumns {

    /** A gap at least this many glyph heights wide separates columns (a word gap or justification is less). */
    private static final float COLUMN_GAP = 1.5f;
    private static final int MIN_LINES = 3;
    private static final Pattern FIGURE = Pattern.compile(".*[0-9].*");

    /** The rows of a run of lines found to be a table, and how many lines it took. */
    record Found(List<List<String>> rows, float[] columnEdges, int lines) {
    }

    private AlignedColumns() {
    }

    /** The table that starts at line {@code from} of these glyph lines, if one does. */
    static Found at(List<List<PdfGlyph>> lines, int from) {
        int end = from;
        float[] separators = new float[0];
        while (end < lines.size() && gaps(lines.get(end)) > 0) {
            float[] wider = separators(lines.subList(from, end + 1));
            if (wider.length == 0 || wider.length < separators.length) {
                break; // this line crosses the columns: the table, if any, ended above it
            }
            separators = wider;
            end++;
        }
        if (end - from < MIN_LINES) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<PdfGlyph> line : lines.subList(from, end)) {
            rows.add(cells(line, separators));
        }
        long withFigures = rows.subList(1, rows.size()).stream()
                .filter(row -> row.stream().anyMatch(cell -> FIGURE.matcher(cell).matches())).count();
        if (withFigures * 2 < rows.size() - 1) {
            return null;
        }
        return new Found(rows, separators, end - from);
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

    private static List<String> cells(List<PdfGlyph> line, float[] separators) {
        List<List<PdfGlyph>> columns = new ArrayList<>();
        for (int i = 0; i <= separators.length; i++) {
            columns.add(new ArrayList<>());
        }
        for (PdfGlyph glyph : printed(line)) {
            int column = 0;
            while (column < separators.length && glyph.centerX() > separators[column]) {
                column++;
            }
            columns.get(column).add(glyph);
        }
        return columns.stream().map(GlyphText::of).toList();
    }

    private static List<PdfGlyph> printed(List<PdfGlyph> line) {
        List<PdfGlyph> printed = new ArrayList<>(line.stream().filter(glyph -> !glyph.isBlank()).toList());
        printed.sort(Comparator.comparingDouble(PdfGlyph::left));
        return printed;
    }
}
