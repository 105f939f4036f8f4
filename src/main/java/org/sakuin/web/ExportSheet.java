package org.sakuin.web;

import java.util.List;

/**
 * A table to download: a header and rows of cells, each a number, a text or null for an empty cell.
 *
 * @param name   the sheet's name in a workbook
 * @param header the column names
 * @param rows   the cells of each row, in header order
 */
record ExportSheet(String name, List<String> header, List<List<Object>> rows) {

    /** Which cells of the header hold years or pages: whole numbers, shown without decimals. */
    boolean wholeNumbers(int column) {
        String name = header.get(column);
        return name.contains("年度") || name.equals("ページ");
    }
}
