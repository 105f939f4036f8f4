package org.sakuin.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fictional town's plan as its writers lay it out: headings, paragraphs and ruled tables with merged cells,
 * read from the small markup of {@code src/test/resources/formats/towns} (described at the top of each file).
 * The figures are not the test's business here: the gold file says what a reader should find.
 */
record TownPlan(String name, List<Block> blocks) {

    sealed interface Block permits Heading, Paragraph, Table {}

    /** Level 1 is the plan's title, 2 a 基本目標, 3 a 施策. */
    record Heading(int level, String text) implements Block {}

    record Paragraph(String text) implements Block {}

    /**
     * A grid of cells, {@value #JOIN_LEFT} and {@value #JOIN_UP} marking cells covered by the cell to their left
     * or above (colspan/rowspan); the first {@code headerRows} rows are the header, repeated on every page.
     * {@code widths} are the columns' shares of the text width in percent.
     */
    record Table(List<Integer> widths, int headerRows, List<List<String>> rows) implements Block {

        static final String JOIN_LEFT = "<";
        static final String JOIN_UP = "^";
        static final String LINE_BREAK = "<br>";

        int columnCount() {
            return widths.size();
        }

        String cell(int row, int column) {
            return rows.get(row).get(column);
        }

        /** Whether the cell is covered by a neighbour, i.e. written by no format except as a merge. */
        boolean covered(int row, int column) {
            String text = cell(row, column);
            return text.equals(JOIN_LEFT) || text.equals(JOIN_UP);
        }

        int columnSpan(int row, int column) {
            int end = column + 1;
            while (end < columnCount() && cell(row, end).equals(JOIN_LEFT)) {
                end++;
            }
            return end - column;
        }

        int rowSpan(int row, int column) {
            int end = row + 1;
            while (end < rows.size() && cell(end, column).equals(JOIN_UP)) {
                end++;
            }
            return end - row;
        }

        /** The lines of a cell as its author broke them. */
        static List<String> lines(String cell) {
            return List.of(cell.split(Pattern.quote(LINE_BREAK), -1));
        }
    }

    private static final Pattern HEADING = Pattern.compile("(#{1,3}) (.+)");
    private static final Pattern TABLE_START = Pattern.compile("@table widths=([\\d,]+) header=(\\d+)");
    private static final String COMMENT = "%";
    private static final String ROW = "|";

    static TownPlan read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher heading = HEADING.matcher(line);
            Matcher table = TABLE_START.matcher(line);
            if (line.isEmpty() || line.startsWith(COMMENT)) {
                continue;
            } else if (heading.matches()) {
                blocks.add(new Heading(heading.group(1).length(), heading.group(2)));
            } else if (table.matches()) {
                List<List<String>> rows = new ArrayList<>();
                while (i + 1 < lines.size() && lines.get(i + 1).startsWith(ROW)) {
                    rows.add(cells(lines.get(++i)));
                }
                blocks.add(table(file, table, rows));
            } else {
                blocks.add(new Paragraph(line));
            }
        }
        return new TownPlan(name, List.copyOf(blocks));
    }

    String title() {
        return blocks.stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).text()).findFirst()
                .orElse(name);
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return List.of(inner.split(Pattern.quote(ROW), -1));
    }

    private static Table table(Path file, Matcher start, List<List<String>> rows) {
        List<Integer> widths = Arrays.stream(start.group(1).split(",")).map(Integer::valueOf).toList();
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.size() != widths.size())) {
            throw new IllegalArgumentException(file + ": a table's rows must have " + widths.size() + " cells: " + rows);
        }
        return new Table(widths, Integer.parseInt(start.group(2)), List.copyOf(rows));
    }
}
