package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text into lines and table rows: lines with tabs and Markdown pipe tables (see
 * {@link LayoutTextMarkdown}) are rows, and so are the tables of layout-preserving text ({@code pdftotext
 * -layout}, text copied from a PDF viewer), whose cells stand in character columns and wrap over several
 * lines (see {@link LayoutTextTables}). Form feeds end pages.
 */
public final class LayoutText {

    /**
     * A line of text or a table row (raw text, not yet normalised).
     *
     * @param page  0-based count of the form feeds before it
     * @param line  the line, or null for a row
     * @param cells the row's cells, empty for a line
     */
    public record Piece(int page, String line, List<String> cells) {

        public Piece {
            cells = List.copyOf(cells);
        }

        public boolean isRow() {
            return line == null;
        }
    }

    /** A replacement character that does not start a line after another (a page's first line). */
    private static final Pattern NOT_A_FORM_FEED = Pattern.compile("(?<!\\n)\uFFFD");

    private LayoutText() {
    }

    /**
     * The lines and rows of a text; {@code columns} reads layout tables (false for text whose lines are not laid
     * out in columns, such as a PDF parser's).
     */
    public static List<Piece> read(String text, boolean columns) {
        List<TextColumnLine> lines = lines(text);
        LayoutTextMarkdown markdown = new LayoutTextMarkdown(lines);
        LayoutTextRow[] rowAt = new LayoutTextRow[lines.size()];
        if (columns && text.contains("  ")) {
            List<TextColumnLine> plain = lines.stream()
                    .map(l -> markdown.isTableLine(l.index()) || l.text().contains("\t")
                            ? TextColumnLine.of(l.index(), l.page(), "") : l)
                    .toList();
            for (LayoutTextRow row : LayoutTextTables.rows(plain)) {
                for (int i = row.first(); i <= row.last(); i++) {
                    rowAt[i] = row;
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (TextColumnLine line : lines) {
            LayoutTextRow row = rowAt[line.index()];
            if (row != null) {
                if (row.first() == line.index()) {
                    pieces.add(new Piece(row.page(), null, row.cells()));
                }
            } else if (markdown.isTableLine(line.index())) {
                markdown.rowsAt(line.index()).forEach(cells -> pieces.add(new Piece(line.page(), null, cells)));
            } else if (line.text().contains("\t")) {
                pieces.add(new Piece(line.page(), null, List.of(line.text().split("\t", -1))));
            } else {
                pieces.add(new Piece(line.page(), LayoutTextMarkdown.withoutEmphasis(line.text()), List.of()));
            }
        }
        return pieces;
    }

    /**
     * The text with its form feeds. Tika passes text on as XHTML, where a form feed may not stand, so it
     * arrives as U+FFFD; when every U+FFFD of a text starts a line after another, as pdftotext's form feeds
     * do, they are form feeds, not characters that could not be decoded.
     */
    private static String withFormFeeds(String text) {
        if (text.indexOf('\uFFFD') < 0 || NOT_A_FORM_FEED.matcher(text).find()) {
            return text;
        }
        return text.replace('\uFFFD', '\f');
    }

    private static List<TextColumnLine> lines(String text) {
        List<TextColumnLine> lines = new ArrayList<>();
        String[] pages = withFormFeeds(text).split("\f", -1);
        for (int page = 0; page < pages.length; page++) {
            for (String line : pages[page].split("\\R", -1)) {
                lines.add(TextColumnLine.of(lines.size(), page, line));
            }
        }
        return lines;
    }
}
