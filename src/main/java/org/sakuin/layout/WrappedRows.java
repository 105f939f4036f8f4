package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gathers the lines of a table printed without borders into its rows. A row's figures stand on one line (the
 * anchor); a cell that wraps (a long indicator name) puts its other lines above the anchor, below it, or
 * both, as the table's cells are aligned to the bottom (Excel's default), the top (Word's) or the middle.
 * A table's rows are aligned alike, so the alignment that best explains all its lines is taken: the lines
 * of one cell stand closer (line spacing) than rows do, so a row ends at the widest gap. Lines above the
 * first figures that fill a figure column are the header, one row whose cells join their wrapped pieces
 * (策定時 over （R3） reads 策定時（R3）, 実績値 over R4 reads 実績値R4 and R5 beside it continues it).
 */
final class WrappedRows {

    /** In the order preferred when two explain the lines equally well. */
    private enum Alignment { TOP, BOTTOM, MIDDLE }

    /** A figure cell (120, 36,000, 45.0%, 延 5,210人), which begins a row; header words with a digit are not. */
    private static final Pattern FIGURE = Pattern.compile("(延べ?|約)?\\s*[-+▲△]?[0-9][0-9,.]*\\s*\\S{0,2}");
    /** What a line the alignment cannot place costs, in glyph heights of misplaced row boundary. */
    private static final float LINE_COST = 1f;
    /** Middle alignment places every boundary where it likes, so it has to explain the lines clearly better. */
    private static final float MIDDLE_COST = 0.5f;
    /** A line after the last row continues its cell only when it stands as close as the cells' lines do. */
    private static final float CELL_SPACING = 1.2f;

    /** The rows, how many of them are header, and how many of the given lines they took. */
    record Rows(List<List<String>> rows, int headerRows, int lines) {
    }

    private final List<List<PdfGlyph>> lines;
    private final float[] separators;
    private final List<List<String>> cells;
    private final List<Integer> anchors = new ArrayList<>();

    private WrappedRows(List<List<PdfGlyph>> lines, float[] separators) {
        this.lines = lines;
        this.separators = separators;
        this.cells = lines.stream().map(line -> AlignedColumns.cells(line, separators)).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (figures(cells.get(i)) > 0) {
                anchors.add(i);
            }
        }
    }

    /** The rows of these lines in these columns, or null if they hold too few rows of figures to be a table. */
    static Rows of(List<List<PdfGlyph>> lines, float[] separators) {
        WrappedRows all = new WrappedRows(lines, separators);
        int end = all.nextHeader();
        return (end < lines.size() ? new WrappedRows(lines.subList(0, end), separators) : all).rows();
    }

    /**
     * Where the next table's header begins: the first line after the first figures that holds no figures but
     * words in a column of figures (a table with the same columns printed right below, 現状値 over (令和4年度)).
     */
    private int nextHeader() {
        if (anchors.isEmpty()) {
            return lines.size();
        }
        List<String> first = cells.get(anchors.getFirst());
        for (int i = anchors.getFirst() + 1; i < lines.size(); i++) {
            for (int c = 1; c < first.size() && !anchors.contains(i); c++) {
                if (isFigure(first.get(c)) && !cells.get(i).get(c).isEmpty()) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    private Rows rows() {
        if (anchors.isEmpty()) {
            return null;
        }
        int headerEnd = headerEnd();
        long unexplained = 0; // lines of several cells without figures: a diagram or a list, not rows
        for (int i = headerEnd; i < lines.size(); i++) {
            if (!anchors.contains(i) && cells.get(i).stream().filter(cell -> !cell.isEmpty()).count() > 1) {
                unexplained++;
            }
        }
        if (unexplained > anchors.size()) {
            return null;
        }
        int[] owner = best(headerEnd);
        List<List<String>> rows = new ArrayList<>();
        if (headerEnd > 0) {
            rows.add(joined(0, headerEnd, null, -1));
        }
        int used = headerEnd;
        for (int r = 0; r < anchors.size(); r++) {
            rows.add(joined(headerEnd, lines.size(), owner, r));
        }
        for (int i = headerEnd; i < lines.size(); i++) {
            if (owner[i] >= 0) {
                used = i + 1;
            }
        }
        return new Rows(rows, headerEnd > 0 ? 1 : 0, used);
    }

    /** After the last line above the first figures that fills a column figures stand in. */
    private int headerEnd() {
        boolean[] figureColumn = new boolean[separators.length + 1];
        for (int anchor : anchors) {
            for (int c = 1; c < figureColumn.length; c++) {
                figureColumn[c] |= FIGURE.matcher(cells.get(anchor).get(c)).matches();
            }
        }
        int end = 0;
        for (int i = 0; i < anchors.getFirst(); i++) {
            for (int c = 0; c < figureColumn.length; c++) {
                if (figureColumn[c] && !cells.get(i).get(c).isEmpty()) {
                    end = i + 1;
                }
            }
        }
        return end;
    }

    /** Which row (index among anchors) each line from the header's end belongs to, -1 for none. */
    private int[] best(int headerEnd) {
        int[] best = null;
        float bestCost = Float.MAX_VALUE;
        for (Alignment alignment : Alignment.values()) {
            int[] owner = new int[lines.size()];
            float cost = place(alignment, headerEnd, owner);
            if (cost < bestCost) {
                bestCost = cost;
                best = owner;
            }
        }
        return best;
    }

    /** Places the lines as this alignment would print them, and says what that costs. */
    private float place(Alignment alignment, int headerEnd, int[] owner) {
        Arrays.fill(owner, -1);
        float cost = alignment == Alignment.MIDDLE ? MIDDLE_COST : 0;
        int first = anchors.getFirst();
        for (int i = headerEnd; i <= first; i++) {
            owner[i] = 0; // the first row's cells wrapped above its figures
        }
        if (alignment == Alignment.TOP) {
            cost += LINE_COST * (first - headerEnd);
        }
        for (int r = 0; r + 1 < anchors.size(); r++) {
            int from = anchors.get(r);
            int to = anchors.get(r + 1);
            int widest = from;
            for (int t = from; t < to; t++) {
                widest = spacing(t) > spacing(widest) ? t : widest;
            }
            int boundary = switch (alignment) {
                case TOP -> to - 1;
                case BOTTOM -> from;
                case MIDDLE -> widest;
            };
            cost += (spacing(widest) - spacing(boundary)) / height(to);
            for (int t = from; t < to; t++) {
                owner[t + 1] = t < boundary ? r : r + 1;
            }
        }
        int last = anchors.getLast();
        float cellSpacing = cellSpacing();
        for (int i = last + 1; i < lines.size(); i++) {
            if (alignment == Alignment.BOTTOM || spacing(i - 1) > CELL_SPACING * cellSpacing) {
                cost += alignment == Alignment.BOTTOM ? LINE_COST * (lines.size() - i) : 0;
                break;
            }
            owner[i] = anchors.size() - 1;
        }
        return cost;
    }

    /** The narrowest spacing between lines of one row, or 0 if no cell wraps. */
    private float cellSpacing() {
        float narrowest = Float.MAX_VALUE;
        for (int i = anchors.getFirst(); i < anchors.getLast(); i++) {
            if (!anchors.contains(i) || !anchors.contains(i + 1)) {
                narrowest = Math.min(narrowest, spacing(i));
            }
        }
        return narrowest == Float.MAX_VALUE ? 0 : narrowest;
    }

    /** From line {@code i}'s baseline to the next line's. */
    private float spacing(int i) {
        return baseline(i + 1) - baseline(i);
    }

    private float baseline(int i) {
        return (float) lines.get(i).stream().filter(g -> !g.isBlank()).mapToDouble(PdfGlyph::bottom).max().orElse(0);
    }

    private float height(int i) {
        return (float) lines.get(i).stream().filter(g -> !g.isBlank()).mapToDouble(PdfGlyph::height).max().orElse(1);
    }

    /** The cells of lines {@code from} to {@code to} (those owned by {@code row}, if owners are given), joined. */
    private List<String> joined(int from, int to, int[] owner, int row) {
        List<String> joined = new ArrayList<>(cells.get(from).stream().map(cell -> "").toList());
        for (int i = from; i < to; i++) {
            if (owner == null || owner[i] == row) {
                for (int c = 0; c < joined.size(); c++) {
                    joined.set(c, GlyphText.joined(joined.get(c), cells.get(i).get(c)));
                }
            }
        }
        return joined;
    }

    static boolean isFigure(String cell) {
        return FIGURE.matcher(cell).matches();
    }

    private static int figures(List<String> row) {
        int figures = 0;
        for (int c = 1; c < row.size(); c++) {
            figures += FIGURE.matcher(row.get(c)).matches() ? 1 : 0;
        }
        return figures;
    }
}
