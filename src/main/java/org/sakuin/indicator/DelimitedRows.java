package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sakuin.structure.StructuredBlock;
import org.sakuin.structure.TextBlock;

/**
 * Tables typed as text with a delimiter between cells: "指標名／単位／基準値（R5）／目標値（R9）" (／ is / after
 * normalisation), or Markdown pipe tables without their outer pipes ("指標 | 現状値 | 目標値"). From a line
 * that splits into an indicator header, the lines that split into as many cells are rows of that table.
 */
final class DelimitedRows {

    private static final List<String> DELIMITERS = List.of("|", "/");
    private static final int MIN_CELLS = 3;
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^:?-{3,}:?$");

    private DelimitedRows() {
    }

    /** The blocks with each delimited table's lines turned into rows of cells, one block for one. */
    static List<StructuredBlock> asRows(List<StructuredBlock> blocks) {
        List<StructuredBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            if (!isText(blocks.get(i))) {
                continue;
            }
            for (String delimiter : DELIMITERS) {
                List<String> header = split(blocks.get(i).block().text(), delimiter);
                if (header.size() >= MIN_CELLS && TableLayout.of(header).isPresent()) {
                    out.set(i, asRow(blocks.get(i), header));
                    int j = i + 1;
                    for (; j < blocks.size() && isText(blocks.get(j)); j++) {
                        List<String> cells = cells(blocks.get(j).block().text(), delimiter, header.size());
                        if (cells == null) {
                            break;
                        }
                        out.set(j, asRow(blocks.get(j), cells));
                    }
                    i = j - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isText(StructuredBlock block) {
        return !block.heading() && !block.block().isTableRow();
    }

    private static StructuredBlock asRow(StructuredBlock block, List<String> cells) {
        return new StructuredBlock(TextBlock.row(block.block().page(), cells), block.section(), false);
    }

    private static List<String> split(String line, String delimiter) {
        List<String> cells = new ArrayList<>();
        if (!line.contains(delimiter)) {
            return List.of(line.strip());
        }
        for (String cell : line.split(Pattern.quote(delimiter), -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /**
     * A row's cells: as many as the header's (a Markdown rule line gives empty ones); a unit holding the
     * delimiter ("g/人日") is one cell. Null when the line is not a row of the table.
     */
    private static List<String> cells(String line, String delimiter, int width) {
        List<String> cells = split(line, delimiter);
        for (int k = 0; cells.size() > width && k + 1 < cells.size(); ) {
            String joined = cells.get(k) + delimiter + cells.get(k + 1);
            if (ValueParser.isUnit(joined)) {
                cells.set(k, joined);
                cells.remove(k + 1);
            } else {
                k++;
            }
        }
        if (cells.size() != width) {
            return null;
        }
        if (cells.stream().allMatch(c -> MARKDOWN_RULE.matcher(c).matches())) {
            return cells.stream().map(c -> "").toList();
        }
        return cells;
    }
}
