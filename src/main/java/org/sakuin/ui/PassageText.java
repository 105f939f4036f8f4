package org.sakuin.ui;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A passage's text as HTML. The index keeps a table row as one line of cells joined by tabs; such lines are laid
 * out as a {@code <table>} so a table reads as a table rather than one run of glued cells. Other lines stay lines.
 * The input is escaped text in which only the highlighter's {@code <mark>} is markup, and the highlighter closes
 * its marks at cell and line ends, so a cell's HTML is whole.
 */
final class PassageText {

    static final String TABLE_CLASS = "passage-table";

    private PassageText() {
    }

    /** Plain text (a whole passage) in a {@code <div>} of this class. */
    static String ofText(String className, String text) {
        return ofHtml(className, Entities.escape(text == null ? "" : text));
    }

    /** Escaped text with {@code <mark>}s (a snippet) in a {@code <div>} of this class. */
    static String ofHtml(String className, String html) {
        StringBuilder out = new StringBuilder("<div class=\"").append(className).append("\">");
        List<String> text = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String line : html.split("\n", -1)) {
            if (line.contains("\t")) {
                appendLines(out, text);
                rows.add(line);
            } else {
                appendTable(out, rows);
                text.add(line);
            }
        }
        appendTable(out, rows);
        appendLines(out, text);
        return out.append("</div>").toString();
    }

    private static void appendLines(StringBuilder out, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("<span class=\"passage-lines\">").append(String.join("\n", lines)).append("</span>");
            lines.clear();
        }
    }

    private static void appendTable(StringBuilder out, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("<table class=\"").append(TABLE_CLASS).append("\"><tbody>");
        for (String row : rows) {
            out.append("<tr>");
            for (String cell : row.split("\t", -1)) {
                out.append("<td>").append(cell).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        rows.clear();
    }
}
