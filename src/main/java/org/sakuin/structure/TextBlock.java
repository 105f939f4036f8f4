package org.sakuin.structure;

import java.util.List;

/**
 * One line of extracted text, as the structurer reads it.
 *
 * @param page         1-based page the line is printed on (1 for formats without pages)
 * @param text         the line, normalised; for a table row its cells joined by tabs
 * @param cells        the cells when the line is a table row, else empty
 * @param headingLevel 1–6 when the source marked the line as a heading (HTML h1–h6, Word heading styles), else 0
 */
public record TextBlock(int page, String text, List<String> cells, int headingLevel) {

    public TextBlock {
        cells = List.copyOf(cells);
    }

    public static TextBlock line(int page, String text) {
        return new TextBlock(page, text, List.of(), 0);
    }

    public static TextBlock heading(int page, String text, int level) {
        return new TextBlock(page, text, List.of(), level);
    }

    public static TextBlock row(int page, List<String> cells) {
        return new TextBlock(page, String.join("\t", cells), cells, 0);
    }

    public boolean isTableRow() {
        return !cells.isEmpty();
    }

    public boolean isMarkedHeading() {
        return headingLevel > 0;
    }
}
