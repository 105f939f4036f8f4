package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables, as written by hand and by PDF-to-Markdown converters (pymupdf4llm, marker, docling),
 * read into rows as clean as a hand-written table's:
 * <ul>
 * <li>a cell's lines joined at {@code <br>} (Japanese without a space) and {@code **bold**} markup dropped;</li>
 * <li>the empty header cells converters name {@code Col1}, {@code Col2} … left empty;</li>
 * <li>a header wrapped over two rows (成果 / 指標, 基準値 / (R4)) joined into one, when the second row holds
 * words and no figures;</li>
 * <li>a table a page break cut in two, whose second part the converter headed with its first data row,
 * given the first part's header again so the rows are read under it.</li>
 * </ul>
 */
final class LayoutTextMarkdown {

    private static final Pattern RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern GENERATED_HEADER = Pattern.compile("^Col[0-9]+$");

    private final Map<Integer, List<List<String>>> rowsAt = new HashMap<>();
    private List<String> lastHeader;

    LayoutTextMarkdown(List<TextColumnLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isPipeRow(lines.get(end).text())) {
                end++;
            }
            if (end > i) {
                readTable(lines.subList(i, end));
                i = end;
            } else {
                i++;
            }
        }
    }

    boolean isTableLine(int line) {
        return rowsAt.containsKey(line);
    }

    /** The rows to emit at this line of a pipe table: none for a rule, two where a header is repeated. */
    List<List<String>> rowsAt(int line) {
        return rowsAt.getOrDefault(line, List.of());
    }

    /** The line without Markdown emphasis: **第1節** → 第1節. */
    static String withoutEmphasis(String line) {
        return line.contains("**") || line.contains("__") ? EMPHASIS.matcher(line).replaceAll(m ->
                java.util.regex.Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2))) : line;
    }

    private static boolean isPipeRow(String line) {
        String text = line.strip();
        return text.length() > 2 && text.startsWith("|") && text.endsWith("|");
    }

    private void readTable(List<TextColumnLine> lines) {
        boolean headed = lines.size() > 1 && RULE.matcher(lines.get(1).text().strip()).matches();
        List<Integer> rowLines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (TextColumnLine line : lines) {
            rowsAt.put(line.index(), new ArrayList<>());
            if (!RULE.matcher(line.text().strip()).matches()) {
                rowLines.add(line.index());
                rows.add(cells(line.text()));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        if (headed) {
            rows.set(0, rows.getFirst().stream().map(c -> GENERATED_HEADER.matcher(c).matches() ? "" : c).toList());
            if (rows.size() > 1 && continuesHeader(rows.get(1))) {
                rows.set(0, joined(rows.get(0), rows.get(1)));
                rows.remove(1);
                rowsAt.get(rowLines.remove(1)).clear();
            }
        }
        List<String> first = rows.getFirst();
        if (lastHeader != null && lastHeader.size() == first.size() && hasFigures(first)) {
            rowsAt.get(rowLines.getFirst()).add(lastHeader);
        } else if (TextColumnCells.hasHeaderWord(String.join(" ", first)) && !hasFigures(first)) {
            lastHeader = first;
        }
        for (int r = 0; r < rows.size(); r++) {
            rowsAt.get(rowLines.get(r)).add(rows.get(r));
        }
    }

    private static List<String> cells(String line) {
        String text = line.strip();
        List<String> cells = new ArrayList<>();
        for (String cell : text.substring(1, text.length() - 1).split("\\|", -1)) {
            List<String> pieces = Arrays.stream(BREAK.split(withoutEmphasis(cell))).map(String::strip).toList();
            cells.add(pieces.size() == 1 ? pieces.getFirst() : TextColumnCells.join(pieces));
        }
        return cells;
    }

    /** A second header row: words (not only years, which a second header row of years already reads) and no figures. */
    private static boolean continuesHeader(List<String> row) {
        long words = row.stream().filter(c -> !c.isEmpty() && !TextColumnCells.isYear(c)).count();
        return words >= 2 && !hasFigures(row);
    }

    private static boolean hasFigures(List<String> row) {
        return row.stream().skip(1).anyMatch(c -> !c.isEmpty() && TextColumnCells.isFigure(c));
    }

    private static List<String> joined(List<String> upper, List<String> lower) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            cells.add(TextColumnCells.join(List.of(c < upper.size() ? upper.get(c) : "", c < lower.size() ? lower.get(c) : "")));
        }
        return cells;
    }
}
