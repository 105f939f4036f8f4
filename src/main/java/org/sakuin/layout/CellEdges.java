package org.sakuin.layout;

import java.util.Arrays;
import java.util.List;

/** Where the cells of a table without borders end, from how the words of its columns are aligned. */
final class CellEdges {

    /** Words starting (or ending) within this many points of one another are aligned alike. */
    private static final float SAME_X = 1f;
    /** How far from its words a cell's edge is taken to stand. */
    private static final float EDGE_PAD = 1f;

    private CellEdges() {
    }

    /**
     * Where the cells' edges stand between the columns of these lines: just left of a column whose words all
     * start at one x (left-aligned), else just right of a column before whose words all end at one x
     * (right-aligned figures), else in the middle of the white space.
     */
    static float[] between(List<List<PdfGlyph>> body, float[] separators) {
        int columns = separators.length + 1;
        float[] minLeft = filled(columns, Float.MAX_VALUE);
        float[] maxLeft = filled(columns, -Float.MAX_VALUE);
        float[] minRight = filled(columns, Float.MAX_VALUE);
        float[] maxRight = filled(columns, -Float.MAX_VALUE);
        for (List<PdfGlyph> line : body) {
            for (List<PdfGlyph> run : AlignedColumns.runs(line)) {
                int c = AlignedColumns.column(run.getFirst(), separators);
                minLeft[c] = Math.min(minLeft[c], run.getFirst().left());
                maxLeft[c] = Math.max(maxLeft[c], run.getFirst().left());
                minRight[c] = Math.min(minRight[c], run.getLast().right());
                maxRight[c] = Math.max(maxRight[c], run.getLast().right());
            }
        }
        float[] edges = separators.clone();
        for (int i = 0; i < separators.length; i++) {
            if (maxLeft[i + 1] - minLeft[i + 1] <= SAME_X && minLeft[i + 1] - EDGE_PAD > maxRight[i]) {
                edges[i] = minLeft[i + 1] - EDGE_PAD;
            } else if (maxRight[i] - minRight[i] <= SAME_X && maxRight[i] + EDGE_PAD < minLeft[i + 1]) {
                edges[i] = maxRight[i] + EDGE_PAD;
            }
        }
        return edges;
    }

    static float[] filled(int size, float value) {
        float[] out = new float[size];
        Arrays.fill(out, value);
        return out;
    }
}
