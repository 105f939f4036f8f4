package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.structure.StructuredBlock;

/**
 * Reads indicator tables whose cells are known: Word, Excel and HTML tables, tab-separated text and Markdown
 * pipe tables. A header row names the columns (see {@link TableLayout}); each following row is an indicator.
 */
final class CellTableReader {

    private CellTableReader() {
    }

    static List<RowRecord> read(List<StructuredBlock> blocks, ExtractionLog log) {
        List<RowRecord> records = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Optional<TableLayout> layout = header(blocks.get(i));
            if (layout.isEmpty()) {
                logRejectedTable(blocks, i, log);
                i++;
                continue;
            }
            log.taken(blocks.get(i).block(), "indicator table header: " + blocks.get(i).block().text());
            i = readRows(blocks, i + 1, layout.get(), records);
        }
        return records;
    }

    private static Optional<TableLayout> header(StructuredBlock block) {
        return block.block().isTableRow() ? TableLayout.of(block.block().cells()) : Optional.empty();
    }

    private static int readRows(List<StructuredBlock> blocks, int start, TableLayout layout, List<RowRecord> out) {
        int i = start;
        if (i < blocks.size() && blocks.get(i).block().isTableRow() && layout.absorbYearRow(blocks.get(i).block().cells())) {
            i++;
        }
        for (; i < blocks.size() && blocks.get(i).block().isTableRow() && header(blocks.get(i)).isEmpty(); i++) {
            rowRecord(blocks.get(i).block().cells(), layout, i).ifPresent(out::add);
        }
        return i;
    }

    private static Optional<RowRecord> rowRecord(List<String> cells, TableLayout layout, int block) {
        int nameColumn = layout.nameColumn();
        if (nameColumn >= cells.size()) {
            return Optional.empty();
        }
        String name = cells.get(nameColumn).strip();
        if (name.isEmpty() || ValueParser.looksLikeValue(name)) {
            return Optional.empty();
        }
        List<RowRecord.FigureCell> figures = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        StringBuilder description = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            ColumnRole role = layout.role(c);
            String cell = cells.get(c).strip();
            if (role.holdsFigures()) {
                figures.add(new RowRecord.FigureCell(role, layout.year(c), cell));
            } else if (role == ColumnRole.UNIT) {
                unit.append(cell);
            } else if (role == ColumnRole.DESCRIPTION) {
                description.append(cell);
            }
        }
        if (figures.stream().allMatch(f -> ValueParser.parse(f.text()).isEmpty()) && unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RowRecord(name, layout.kind(), unit.toString(), description.toString(), figures, block,
                String.join("\t", cells)));
    }

    /** Explains why a table that mentions indicators was not read, for the extraction log. */
    private static void logRejectedTable(List<StructuredBlock> blocks, int i, ExtractionLog log) {
        var block = blocks.get(i).block();
        boolean tableStart = block.isTableRow() && (i == 0 || !blocks.get(i - 1).block().isTableRow());
        if (tableStart) {
            log.rejected(block, "table without an indicator header (needs a 指標 column and 基準値/現状値/実績値/目標値): "
                    + block.text());
        }
    }
}
