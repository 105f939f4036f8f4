package org.sakuin.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The structure of a seed text: headings, paragraphs, bullet items and tables, in reading order.
 *
 * <p>Seeds are text extracted from published plans, so their layout survives only as conventions:
 * table rows are tab-separated, bullets start with "- ", and a lone tab-separated line underlined
 * with dashes is a Markdown-style label (e.g. 展開施策名 / 共通施策) rather than a one-row table.
 */
record SeedDocument(List<Block> blocks) {

    sealed interface Block permits Heading, Paragraph, BulletItem, Table {}

    record Heading(int level, String text) implements Block {}

    record Paragraph(String text) implements Block {}

    record BulletItem(String text) implements Block {}

    /** Rows padded with empty cells to the widest row, so that every format can lay out a plain grid. */
    record Table(List<List<String>> rows) implements Block {
        int columnCount() {
            return rows.getFirst().size();
        }
    }

    /**
     * Decides whether a trimmed line (or an underlined label, its cells joined by a space) is a heading:
     * returns its level (1..3) or 0 for body text. Tab-separated table rows are never offered to it.
     */
    @FunctionalInterface
    interface HeadingRule {
        int levelOf(String line);
    }

    private static final Pattern HTML_PARAGRAPH_TAG = Pattern.compile("</?p>");
    private static final Pattern DASH_RULE = Pattern.compile("[-\\t ]*-[-\\t ]*");
    private static final String BULLET_MARKER = "- ";

    static SeedDocument parse(String seedText, HeadingRule headingRule) {
        List<String> lines = seedText.lines().map(line -> HTML_PARAGRAPH_TAG.matcher(line).replaceAll("")).toList();
        List<Block> blocks = new ArrayList<>();
        List<String[]> tableRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean tabular = line.contains("\t");
            if (!tabular && !tableRows.isEmpty()) {
                blocks.add(table(tableRows));
                tableRows.clear();
            }
            if (line.isBlank() || DASH_RULE.matcher(line).matches()) {
                continue;
            }
            if (tabular && !isUnderlined(lines, i)) {
                tableRows.add(line.split("\t", -1));
                continue;
            }
            String text = tabular ? String.join(" ", line.strip().split("\t+")) : line.strip();
            int headingLevel = headingRule.levelOf(text);
            if (headingLevel > 0) {
                blocks.add(new Heading(headingLevel, text));
            } else if (tabular) {
                tableRows.add(line.split("\t", -1));
            } else if (line.startsWith(BULLET_MARKER)) {
                blocks.add(new BulletItem(text.substring(BULLET_MARKER.length()).strip()));
            } else {
                blocks.add(new Paragraph(text));
            }
        }
        if (!tableRows.isEmpty()) {
            blocks.add(table(tableRows));
        }
        return new SeedDocument(List.copyOf(blocks));
    }

    private static boolean isUnderlined(List<String> lines, int index) {
        return index + 1 < lines.size() && DASH_RULE.matcher(lines.get(index + 1)).matches();
    }

    private static Table table(List<String[]> rows) {
        int width = rows.stream().mapToInt(row -> row.length).max().orElseThrow();
        List<List<String>> padded = rows.stream().map(row -> {
            String[] cells = Arrays.copyOf(row, width);
            Arrays.fill(cells, row.length, width, "");
            return List.of(cells);
        }).toList();
        return new Table(padded);
    }
}
