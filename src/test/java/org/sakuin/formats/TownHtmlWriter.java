package org.sakuin.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes a town's plan as the web page a town's site publishes: headings, paragraphs, and ruled tables with
 * {@code <th>} header rows in a {@code <thead>} (which a browser repeats on each printed page), colspan and
 * rowspan, and fixed column widths.
 */
final class TownHtmlWriter {

    private static final String STYLE = """
            body { font-family: "IPAexGothic", sans-serif; font-size: 10.5pt; margin: 0 }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 6pt 0 }
            th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top }
            th { background: #eee }
            p { margin: 2pt 0 }
            h1, h2, h3 { margin: 8pt 0 4pt }
            thead { display: table-header-group }
            tr { page-break-inside: avoid }
            """;

    private TownHtmlWriter() {}

    static void write(TownPlan plan, Path target) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(escape(plan.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (TownPlan.Block block : plan.blocks()) {
            switch (block) {
                case TownPlan.Heading heading -> html.append(element("h" + heading.level(), heading.text()));
                case TownPlan.Paragraph paragraph -> html.append(element("p", paragraph.text()));
                case TownPlan.Table table -> appendTable(html, table);
            }
            html.append('\n');
        }
        Files.writeString(target, html.append("</body>\n</html>\n"), StandardCharsets.UTF_8);
    }

    private static void appendTable(StringBuilder html, TownPlan.Table table) {
        html.append("<table>\n<colgroup>")
                .append(table.widths().stream().map(w -> "<col style=\"width:" + w + "%\">").collect(Collectors.joining()))
                .append("</colgroup>\n<thead>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            if (r == table.headerRows()) {
                html.append("</thead>\n<tbody>\n");
            }
            String tag = r < table.headerRows() ? "th" : "td";
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                if (!table.covered(r, c)) {
                    html.append('<').append(tag).append(span("colspan", table.columnSpan(r, c)))
                            .append(span("rowspan", table.rowSpan(r, c))).append('>')
                            .append(TownPlan.Table.lines(table.cell(r, c)).stream().map(TownHtmlWriter::escape)
                                    .collect(Collectors.joining("<br>")))
                            .append("</").append(tag).append('>');
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>");
    }

    private static String span(String attribute, int span) {
        return span > 1 ? " " + attribute + "=\"" + span + "\"" : "";
    }

    private static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
