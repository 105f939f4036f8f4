package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.structure.StructuredBlock;
import org.sakuin.structure.TextBlock;

/**
 * A plan's lines with the indicator tables that PDF text extraction flattened into lines (a cell per line, the
 * figures on a line of their own) given back as rows of cells: read as lines, a passage glues the cells into one run
 * of text (「指標 内容 現状値 目標値自治会加入世帯数加入世帯数により…」), read as rows it keeps them apart.
 */
public final class StackedTableRows {

    private StackedTableRows() {
    }

    /** The lines with such tables as rows; empty when the plan has none. */
    public static Optional<List<TextBlock>> of(List<StructuredBlock> blocks) {
        List<StackedTextReader.Table> tables = StackedTextReader.tables(blocks, new ExtractionLog()).stream()
                .filter(table -> !table.records().isEmpty()).toList();
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        List<TextBlock> lines = new ArrayList<>(blocks.size());
        int next = 0;
        for (StackedTextReader.Table table : tables) {
            blocks.subList(next, table.start()).forEach(block -> lines.add(block.block()));
            lines.add(TextBlock.row(blocks.get(table.start()).block().page(), table.header()));
            for (RowRecord record : table.records()) {
                lines.add(TextBlock.row(blocks.get(record.block()).block().page(), cells(record, table.layout())));
            }
            next = table.end();
        }
        blocks.subList(next, blocks.size()).forEach(block -> lines.add(block.block()));
        return Optional.of(lines);
    }

    /** A record's cells in the columns its table has: name, description, unit, then the figures as printed. */
    private static List<String> cells(RowRecord record, TableLayout layout) {
        List<String> cells = new ArrayList<>();
        cells.add(record.name());
        if (layout.has(ColumnRole.DESCRIPTION)) {
            cells.add(record.description() == null ? "" : record.description());
        }
        if (layout.has(ColumnRole.UNIT)) {
            cells.add(record.unit() == null ? "" : record.unit());
        }
        record.figures().forEach(figure -> cells.add(figure.text()));
        return cells;
    }
}
