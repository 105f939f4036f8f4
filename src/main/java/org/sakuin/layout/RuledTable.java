package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table drawn with borders: the grid of its rulings' rows and columns, and which grid cells are one merged
 * cell (no border between them). Glyphs are placed in the cell their centre falls in.
 */
final class RuledTable {

    /** Edges closer than this are one edge (a double border), so no sliver column or row appears. */
    private static final float MIN_CELL = 4f;

    private final float[] xs;
    private final float[] ys;
    /** For each grid cell, the grid cell (row * columns + column) at the top left of its merged cell. */
    private final int[] owner;

    private RuledTable(float[] xs, float[] ys, List<Ruling> rulings) {
        this.xs = xs;
        this.ys = ys;
        this.owner = merged(rulings);
    }

    /**
     * The tables the rulings draw: connected rulings forming two rows and two columns, or one row of three
     * (the last rows of a table that runs onto another page). A box around text is no table.
     */
    static List<RuledTable> find(List<Ruling> rulings) {
        List<RuledTable> tables = new ArrayList<>();
        for (List<Ruling> group : connected(rulings)) {
            float[] xs = edges(group, false);
            float[] ys = edges(group, true);
            if (xs.length >= 3 && ys.length >= 3 || xs.length >= 4 && ys.length == 2) {
                tables.add(new RuledTable(xs, ys, group));
            }
        }
        return tables;
    }

    int columns() {
        return xs.length - 1;
    }

    /** The x of the column edges, left to right. */
    float[] columnEdges() {
        return xs.clone();
    }

    boolean contains(PdfGlyph glyph) {
        return glyph.centerX() >= xs[0] && glyph.centerX() <= xs[xs.length - 1]
                && glyph.centerY() >= ys[0] && glyph.centerY() <= ys[ys.length - 1];
    }

    /**
     * The rows of cells these glyphs (all inside the table) fill. A merged cell's text stands in its first
     * row and column, the cells it covers are empty (as Word tables arrive); rows without text are left out.
     */
    List<List<String>> rows(List<PdfGlyph> glyphs) {
        List<List<PdfGlyph>> inCell = new ArrayList<>();
        for (int i = 0; i < owner.length; i++) {
            inCell.add(new ArrayList<>());
        }
        for (PdfGlyph glyph : glyphs) {
            inCell.get(owner[cellAt(glyph)]).add(glyph);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < ys.length - 1; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns(); c++) {
                int cell = r * columns() + c;
                row.add(owner[cell] == cell ? GlyphText.of(inCell.get(cell)) : "");
            }
            if (row.stream().anyMatch(text -> !text.isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** How many of the first rows are header: the rows the cells of the first row reach down to. */
    int headerRows(List<List<String>> rows) {
        int reach = 0;
        for (int c = 0; c < columns(); c++) {
            for (int r = 0; r < ys.length - 1; r++) {
                if (owner[r * columns() + c] < columns()) {
                    reach = Math.max(reach, r);
                }
            }
        }
        return Math.min(reach + 1, rows.size());
    }

    private int cellAt(PdfGlyph glyph) {
        return index(ys, glyph.centerY()) * columns() + index(xs, glyph.centerX());
    }

    private static int index(float[] edges, float at) {
        int i = Arrays.binarySearch(edges, at);
        int slot = i >= 0 ? i : -i - 2;
        return Math.clamp(slot, 0, edges.length - 2);
    }

    /** Joins grid cells that no ruling separates into one merged cell, owned by its top-left grid cell. */
    private int[] merged(List<Ruling> rulings) {
        int columns = columns();
        int[] parent = new int[(ys.length - 1) * columns];
        Arrays.setAll(parent, i -> i);
        for (int r = 0; r < ys.length - 1; r++) {
            float middleY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++) {
                float middleX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !bordered(rulings, false, xs[c + 1], middleY)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 2 < ys.length && !bordered(rulings, true, ys[r + 1], middleX)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        int[] owner = new int[parent.length];
        Arrays.setAll(owner, i -> find(parent, i));
        return owner;
    }

    private static boolean bordered(List<Ruling> rulings, boolean horizontal, float position, float across) {
        for (Ruling ruling : rulings) {
            if (ruling.horizontal() == horizontal && Math.abs(ruling.position() - position) <= MIN_CELL
                    && ruling.covers(across)) {
                return true;
            }
        }
        return false;
    }

    /** Union by the smaller index, so every merged cell is owned by its top-left grid cell. */
    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The edges across one direction: the positions of the rulings of the other direction, and the ends of
     * this direction's rulings, which close a table printed without outer side borders.
     */
    private static float[] edges(List<Ruling> group, boolean rowEdges) {
        List<Float> positions = new ArrayList<>();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Ruling ruling : group) {
            if (ruling.horizontal() == rowEdges) {
                positions.add(ruling.position());
            } else {
                min = Math.min(min, ruling.start());
                max = Math.max(max, ruling.end());
            }
        }
        if (min <= max) {
            positions.add(min);
            positions.add(max);
        }
        positions.sort(null);
        List<Float> edges = new ArrayList<>();
        for (float position : positions) {
            if (edges.isEmpty() || position - edges.getLast() > MIN_CELL) {
                edges.add(position);
            }
        }
        float[] out = new float[edges.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = edges.get(i);
        }
        return out;
    }

    /** The rulings grouped by which cross or touch one another. */
    private static List<List<Ruling>> connected(List<Ruling> rulings) {
        int[] parent = new int[rulings.size()];
        Arrays.setAll(parent, i -> i);
        for (int a = 0; a < rulings.size(); a++) {
            for (int b = a + 1; b < rulings.size(); b++) {
                Ruling ra = rulings.get(a);
                Ruling rb = rulings.get(b);
                if (ra.horizontal() != rb.horizontal() && ra.meets(rb)) {
                    union(parent, a, b);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[rulings.size()];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < rulings.size(); i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        return groups;
    }
}
