package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Carries a table over a page break. A table that ends one page and one that opens the next with the same
 * columns are one table. When the continuation does not repeat the header, it is given the header rows of
 * the first part, so that its rows are read under the right columns (a running header or footer between the
 * parts would otherwise cut the rows off from their header). And a row that the break cut in two (Word lets
 * rows break across pages) is joined again: the continuation's first row then holds only the ends of the
 * wrapped cells of the row before, and no figure.
 */
final class TableContinuation {

    /** Column edges further apart than this are different tables. */
    private static final float SAME_EDGE = 3f;
    /** A cell that is a figure (120, 36,000, 45.0%) begins a row of its own; the end of a cut row has none. */
    private static final Pattern FIGURE = Pattern.compile("[-+▲△]?[0-9][0-9,.]*\\s*\\S{0,2}");

    /**
     * How a table part is written.
     *
     * @param rows          its rows, the carried header first when {@code carriedHeader}
     * @param rowEnd        the last row of the part before, joined with the end this part begins with; or null
     */
    record Part(List<List<String>> rows, boolean carriedHeader, List<String> rowEnd) {
    }

    private PageReader.Table lastOfPage;
    private PageReader.Table previousPageLast;
    private PageReader.Table firstOfPage;
    private List<List<String>> header = List.of();
    private List<String> lastRow = List.of();

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

    /** How this table of the page is written: carrying on the last page's table if it continues it. */
    Part part(PageReader.Table table) {
        List<List<String>> rows = new ArrayList<>(table.rows());
        boolean continues = table == firstOfPage && previousPageLast != null && sameColumns(table, previousPageLast)
                && !rows.isEmpty();
        if (!continues) {
            header = List.copyOf(rows.subList(0, table.headerRows()));
            lastRow = rows.isEmpty() ? List.of() : rows.getLast();
            return new Part(rows, false, null);
        }
        boolean repeated = !header.isEmpty() && rows.getFirst().equals(header.getFirst());
        int firstData = repeated ? Math.min(header.size(), rows.size()) : 0;
        List<String> rowEnd = null;
        if (firstData < rows.size() && endsCutRow(rows.get(firstData))) {
            rowEnd = joined(lastRow, rows.remove(firstData));
            lastRow = rowEnd;
        }
        if (rows.size() == firstData) {
            return new Part(List.of(), false, rowEnd);
        }
        boolean carried = !repeated && !header.isEmpty();
        if (carried) {
            rows.addAll(0, header);
        }
        lastRow = rows.getLast();
        return new Part(rows, carried, rowEnd);
    }

    /** Whether a continuation's first row is the end of the last row: only cells that row filled, and no figure. */
    private boolean endsCutRow(List<String> row) {
        if (lastRow.isEmpty() || row.size() != lastRow.size()) {
            return false;
        }
        int filled = 0;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (lastRow.get(c).isBlank() || FIGURE.matcher(cell).matches()) {
                return false;
            }
            filled++;
        }
        long filledBefore = lastRow.stream().filter(cell -> !cell.isBlank()).count();
        return filled > 0 && filled < filledBefore;
    }

    private static List<String> joined(List<String> start, List<String> end) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < start.size(); c++) {
            row.add(GlyphText.joined(start.get(c), end.get(c)));
        }
        return row;
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
