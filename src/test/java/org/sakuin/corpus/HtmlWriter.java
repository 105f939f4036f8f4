package org.sakuin.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a seed as a plain UTF-8 web page, the way towns put plan summaries on their sites. */
final class HtmlWriter implements PlanWriter {

    private final String title;
    private final SeedDocument.HeadingRule headingRule;

    HtmlWriter(String title, SeedDocument.HeadingRule headingRule) {
        this.title = title;
        this.headingRule = headingRule;
    }

    @Override
    public void write(String seedText, Path target) throws IOException {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(element("title", title)).append('\n')
                .append("<style>table{border-collapse:collapse}td{border:1px solid #888;padding:2px 6px}</style>\n")
                .append("</head>\n<body>\n")
                .append(element("h1", title)).append('\n');
        boolean inList = false;
        for (SeedDocument.Block block : SeedDocument.parse(seedText, headingRule).blocks()) {
            boolean bullet = block instanceof SeedDocument.BulletItem;
            if (bullet != inList) {
                html.append(bullet ? "<ul>\n" : "</ul>\n");
                inList = bullet;
            }
            switch (block) {
                // The page title takes <h1>, so the seed's headings start one level down.
                case SeedDocument.Heading heading -> html.append(element("h" + (heading.level() + 1), heading.text()));
                case SeedDocument.Paragraph paragraph -> html.append(element("p", paragraph.text()));
                case SeedDocument.BulletItem item -> html.append(element("li", item.text()));
                case SeedDocument.Table table -> appendTable(html, table);
            }
            html.append('\n');
        }
        html.append(inList ? "</ul>\n" : "").append("</body>\n</html>\n");
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }

    private static void appendTable(StringBuilder html, SeedDocument.Table table) {
        html.append("<table>\n");
        for (var row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append(element("td", cell)));
            html.append("</tr>\n");
        }
        html.append("</table>");
    }

    private static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
