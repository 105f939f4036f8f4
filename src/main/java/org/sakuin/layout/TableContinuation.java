package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries a table's header over a page break. A table that ends one page and one that opens the next with
 * the same columns are one table; when the continuation does not repeat the header, it is given the header
 * rows of the first part, so that its rows are read under the right columns (a page's running header or
 * footer between the two parts would otherwise separate the rows from their header).
 */
final class TableContinuation {

    /** Column edges further apart than this are different tables. */
    private static final float SAME_EDGE = 3f;

    private PageReader.Table lastOfPage;
    private List<List<String>> header = List.of();
    private PageReader.Table previousPageLast;
    private PageReader.Table firstOfPage;

    /** Starts a page whose items are these. */
    void startPage(List<PageReader.Item> items) {
        previousPageLast = lastOfPage;
        firstOfPage = null;
        lastOfPage = null;
        for (PageReader.Item item : items) {
            if (item instanceof PageReader.Table table) {
                firstOfPage = firstOfPage == null ? table : firstOfPage;
                lastOfPage = table;
            }
        }
    }

    /** The rows of a table of this page, with the header carried over if it continues the last page's table. */
    List<List<String>> withHeader(PageReader.Table table) {
        List<List<String>> rows = table.rows();
        if (table == firstOfPage && previousPageLast != null && sameColumns(table, previousPageLast)
                && !header.isEmpty() && !rows.isEmpty() && !rows.getFirst().equals(header.getFirst())) {
            List<List<String>> carried = new ArrayList<>(header);
            carried.addAll(rows);
            rows = carried;
        } else {
            header = rows.subList(0, table.headerRows());
        }
        return rows;
    }

    private static boolean sameColumns(PageReader.Table a, PageReader.Table b) {
        float[] x = a.columnEdges();
        float[] y = b.columnEdges();
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - y[i]) > SAME_EDGE) {
                return false;
            }
        }
        return true;
    }
}
