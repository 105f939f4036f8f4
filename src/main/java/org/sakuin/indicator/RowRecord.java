package org.sakuin.indicator;

import java.util.List;

/**
 * An indicator as read from one table row or record, before its figures are parsed.
 *
 * @param block  index of the first text block it was read from (for its page and section)
 * @param source the lines it was read from
 */
record RowRecord(String name, String kind, String unit, String description, List<FigureCell> figures, int block,
                 String source) {

    /** A figure cell with its column's role and the year its header gives. */
    record FigureCell(ColumnRole role, Integer headerYear, String text) {
    }
}
