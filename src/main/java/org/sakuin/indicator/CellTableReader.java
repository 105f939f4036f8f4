package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.Collections;
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
            if (header(blocks.get(i)).isEmpty()) {
                logRejectedTable(blocks, i, log);
                i++;
                continue;
            }
            i = readTable(blocks, i, records, log);
        }
        return records;
    }

    private static Optional<TableLayout> header(StructuredBlock block) {
        return block.block().isTableRow() ? TableLayout.of(block.block().cells()) : Optional.empty();
    }

    /** Reads the table whose header row is block {@code start}; returns the index after its last row. */
    private static int readTable(List<StructuredBlock> blocks, int start, List<RowRecord> out, ExtractionLog log) {
        List<String> header = blocks.get(start).block().cells();
        int first = start + 1;
        List<String> subHeader = List.of();
        if (first < blocks.size() && isRow(blocks.get(first)) && TableLayout.isSubHeader(cells(blocks, first))) {
            subHeader = cells(blocks, first);
            first++;
        }
        int end = first;
        int width = 0;
        while (end < blocks.size() && isRow(blocks.get(end)) && header(blocks.get(end)).isEmpty()) {
            width = Math.max(width, cells(blocks, end).size());
            end++;
        }
        TableLayout layout = TableLayout.of(header, subHeader, width).orElseThrow();
        log.taken(blocks.get(start).block(), "indicator table header: " + blocks.get(start).block().text()
                + " → " + layout);
        for (int i = first; i < end; i++) {
            rowRecord(cells(blocks, i), layout, i).ifPresent(out::add);
        }
        return end;
    }

    private static boolean isRow(StructuredBlock block) {
        return block.block().isTableRow();
    }

    private static List<String> cells(List<StructuredBlock> blocks, int i) {
        return blocks.get(i).block().cells();
    }

    private static Optional<RowRecord> rowRecord(List<String> row, TableLayout layout, int block) {
        List<String> cells = withMissingCellsRestored(row, layout);
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

    /**
     * A row narrower than the table may lack its leading cells: HTML leaves out the cells a rowspan above
     * covers (a 施策 spanning several indicators). Or it may lack the cells right after its name: layout text
     * crowds a short 単位 into a long name (「「学校に行くのは楽しい」 %」), so the figures stand one cell left of
     * their columns, where the baseline would be read as the unit and the target as the baseline. The missing
     * cells go where they put the most figures under figure columns and text under the name column.
     */
    private static List<String> withMissingCellsRestored(List<String> cells, TableLayout layout) {
        int missing = layout.width() - cells.size();
        if (missing <= 0) {
            return cells;
        }
        List<String> best = cells;
        int nameColumn = layout.nameColumn();
        if (nameColumn >= missing) {
            best = better(best, padded(cells, 0, missing), layout);
        }
        if (figureUnderUnit(cells, layout, nameColumn + 1)) {
            best = better(best, padded(cells, nameColumn + 1, missing), layout);
        }
        return best;
    }

    private static boolean figureUnderUnit(List<String> cells, TableLayout layout, int column) {
        if (column >= cells.size() || layout.role(column) != ColumnRole.UNIT) {
            return false;
        }
        String cell = cells.get(column).strip();
        return !cell.isEmpty() && !ValueParser.isUnit(cell) && ValueParser.looksLikeValue(cell);
    }

    private static List<String> padded(List<String> cells, int at, int missing) {
        List<String> padded = new ArrayList<>(cells.subList(0, at));
        padded.addAll(Collections.nCopies(missing, ""));
        padded.addAll(cells.subList(at, cells.size()));
        return padded;
    }

    private static List<String> better(List<String> current, List<String> candidate, TableLayout layout) {
        return fit(candidate, layout) > fit(current, layout) ? candidate : current;
    }

    /** How well cells sit under the columns: a name under the name column, figures under figure columns. */
    private static int fit(List<String> cells, TableLayout layout) {
        int fit = 0;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            ColumnRole role = layout.role(c);
            if (role == ColumnRole.NAME && !cell.isEmpty() && !ValueParser.looksLikeValue(cell)
                    || role.holdsFigures() && !cell.isEmpty() && ValueParser.looksLikeValue(cell)
                    || role == ColumnRole.UNIT && ValueParser.isUnit(cell)) {
                fit++;
            }
        }
        return fit;
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
